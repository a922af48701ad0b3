package org.imagoclinic.scheduling;

import java.time.Duration;
import java.util.UUID;

/**
 * Whether a session happened: check-in (front desk, or the session's therapist), completed, no-show.
 * Refused with {@link org.imagoclinic.shared.ConflictException} when the state forbids it (e.g. a
 * no-show before the start).
 */
public interface Attendance {

    /** How long before its start a session can be checked in. */
    Duration CHECK_IN_OPENS = Duration.ofHours(12);

    /**
     * Scheduled → checked in, from twelve hours before the start until its end, for a session in a
     * room (a telehealth session has no arrival); publishes {@link SessionCheckedIn}.
     */
    Appointment checkIn(UUID appointmentId);

    /**
     * Checked in → scheduled again, for an arrival recorded by mistake, until the session ends;
     * audited, publishes {@link SessionCheckInUndone}.
     */
    Appointment undoCheckIn(UUID appointmentId);

    /** Scheduled or checked in → completed, once it has started; publishes {@link SessionCompleted}. */
    Appointment complete(UUID appointmentId);

    /** Scheduled → no-show, once it has started; publishes {@link SessionMissed}. */
    Appointment markNoShow(UUID appointmentId);
}
