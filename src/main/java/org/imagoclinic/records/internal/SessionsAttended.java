package org.imagoclinic.records.internal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.records.internal.CopyDocument.SessionAttended;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.Appointments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sessions a copy lists: the couple's completed joint sessions and workshops, and the partner's own
 * individual sessions; never the other partner's, which under a confidential policy the partner may
 * not even know of. Only day, time and kind: no therapist, room or other couples of a workshop.
 */
@Component
class SessionsAttended {

    private final Appointments appointments;

    SessionsAttended(Appointments appointments) {
        this.appointments = appointments;
    }

    /** With a partner, their copy's sessions; without, the couple's joint sessions only. */
    List<SessionAttended> of(UUID coupleId, @Nullable UUID partnerId) {
        return appointments.completedOf(coupleId).stream()
                .filter(session -> session.kind().joint() || partnerId != null && partnerId.equals(session.partnerId()))
                .map(SessionsAttended::shown)
                .toList();
    }

    /** The ids of the sessions {@link #of} shows: what an invoice line of the copy may name. */
    java.util.Set<UUID> idsOf(UUID coupleId, @Nullable UUID partnerId) {
        return appointments.completedOf(coupleId).stream()
                .filter(session -> session.kind().joint() || partnerId != null && partnerId.equals(session.partnerId()))
                .map(Appointment::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static SessionAttended shown(Appointment session) {
        return new SessionAttended(session.start().toLocalDate(), session.start().toLocalTime(),
                session.end().toLocalTime(), session.kind().label(), session.telehealth());
    }
}
