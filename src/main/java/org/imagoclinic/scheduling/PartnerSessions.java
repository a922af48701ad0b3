package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One partner's own sessions, for the partners' portal, which has no staff member signed in and
 * checks itself which partner is asking. Only sessions the partner attends: joint sessions, their own
 * individual sessions and workshops the couple joined; never the other partner's individual sessions.
 * No clinical content: kind, time and place.
 */
public interface PartnerSessions {

    /**
     * A session as the partner sees it.
     *
     * @param place one line: the room, location and address, or the video session
     */
    record PartnerSession(UUID appointmentId, AppointmentKind kind, Instant start, Instant end, String place) {
    }

    /** The partner's scheduled sessions from now on, by start. */
    List<PartnerSession> upcomingFor(UUID coupleId, UUID personId);

    /** One of the partner's upcoming sessions; empty when it is not theirs or not upcoming. */
    Optional<PartnerSession> upcomingSession(UUID coupleId, UUID personId, UUID appointmentId);

    /** The session as an iCalendar document for the partner's own calendar; empty when it is not theirs. */
    Optional<String> calendarEntry(UUID coupleId, UUID personId, UUID appointmentId);

    /** What cancelling the session now would mean (the clinic's late-cancellation window); empty when it is not theirs. */
    Optional<CancellationNotice> cancellationNotice(UUID coupleId, UUID personId, UUID appointmentId);
}
