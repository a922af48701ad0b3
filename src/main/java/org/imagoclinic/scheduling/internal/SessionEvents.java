package org.imagoclinic.scheduling.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckInUndone;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionRescheduled;
import org.imagoclinic.scheduling.SessionScheduled;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the {@code Session*} events, inside the caller's transaction: one per couple who
 * attends (a workshop's enrolled couples each get their own), with the facts reporting and
 * assessments need.
 */
@Component
class SessionEvents {

    private final ApplicationEventPublisher events;
    private final AppointmentRepository appointments;

    SessionEvents(ApplicationEventPublisher events, AppointmentRepository appointments) {
        this.events = events;
        this.appointments = appointments;
    }

    /** Who attends, as the events carry it. */
    record Party(@Nullable UUID coupleId, List<UUID> personIds, @Nullable UUID episodeId) {
    }

    List<Party> partiesOf(StoredAppointment a) {
        if (a.kind() != AppointmentKind.WORKSHOP) {
            return List.of(new Party(a.coupleId(), a.personsOf(null), a.episodeId()));
        }
        return a.enrolledCouples().stream().map(couple -> partyOf(a, couple)).toList();
    }

    Party partyOf(StoredAppointment workshop, UUID coupleId) {
        return new Party(coupleId, workshop.personsOf(coupleId),
                appointments.enrolmentEpisode(workshop.id(), coupleId).orElse(null));
    }

    void scheduled(StoredAppointment a, Party party) {
        events.publishEvent(new SessionScheduled(a.id(), a.kind(), party.coupleId(), party.personIds(), party.episodeId(),
                a.therapistIds(), a.start().toInstant(), a.end().toInstant(), a.seriesId()));
    }

    void rescheduled(StoredAppointment before, StoredAppointment after) {
        for (Party party : partiesOf(after)) {
            events.publishEvent(new SessionRescheduled(after.id(), after.kind(), party.coupleId(), party.personIds(),
                    party.episodeId(), after.therapistIds(), before.start().toInstant(), before.end().toInstant(),
                    after.start().toInstant(), after.end().toInstant()));
        }
    }

    void cancelled(StoredAppointment a, Party party, CancelledBy by, boolean late, String reason) {
        events.publishEvent(new SessionCancelled(a.id(), a.kind(), party.coupleId(), party.personIds(), party.episodeId(),
                a.therapistIds(), a.start().toInstant(), a.end().toInstant(), by, late, reason));
    }

    void checkedIn(StoredAppointment a, Instant at) {
        for (Party party : partiesOf(a)) {
            events.publishEvent(new SessionCheckedIn(a.id(), a.kind(), party.coupleId(), party.personIds(),
                    party.episodeId(), a.therapistIds(), a.start().toInstant(), a.end().toInstant(), at));
        }
    }

    void checkInUndone(StoredAppointment a, Instant at) {
        for (Party party : partiesOf(a)) {
            events.publishEvent(new SessionCheckInUndone(a.id(), a.kind(), party.coupleId(), party.personIds(),
                    party.episodeId(), a.therapistIds(), a.start().toInstant(), a.end().toInstant(), at));
        }
    }

    void completed(StoredAppointment a, Instant at) {
        for (Party party : partiesOf(a)) {
            events.publishEvent(new SessionCompleted(a.id(), a.kind(), party.coupleId(), party.personIds(),
                    party.episodeId(), a.therapistIds(), a.start().toInstant(), a.end().toInstant(), a.kind().joint(), at));
        }
    }

    void missed(StoredAppointment a, Instant at) {
        for (Party party : partiesOf(a)) {
            events.publishEvent(new SessionMissed(a.id(), a.kind(), party.coupleId(), party.personIds(),
                    party.episodeId(), a.therapistIds(), a.start().toInstant(), a.end().toInstant(), at));
        }
    }
}
