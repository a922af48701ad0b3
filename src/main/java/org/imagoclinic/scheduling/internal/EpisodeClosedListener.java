package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancelledBy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a couple's episode of care closes, their sessions still to come are cancelled by the clinic
 * with the reason "episode closed", and they are taken off workshops to come. Runs after the
 * closing committed, in a transaction of its own; running it again changes nothing, because only
 * scheduled sessions are touched. The user who closed the episode is told by the calendar's
 * {@code EpisodeClosingNotice} in the same screen (ADR 0011).
 */
@Component
class EpisodeClosedListener {

    static final String REASON = "episode closed";

    private static final Logger log = LoggerFactory.getLogger(EpisodeClosedListener.class);

    private final AppointmentRepository appointments;
    private final Canceller canceller;
    private final Enrolments enrolments;
    private final ClinicTime time;

    EpisodeClosedListener(AppointmentRepository appointments, Canceller canceller, Enrolments enrolments, ClinicTime time) {
        this.appointments = appointments;
        this.canceller = canceller;
        this.enrolments = enrolments;
        this.time = time;
    }

    @ApplicationModuleListener
    void on(EpisodeClosed closed) {
        int cancelled = cancelFutureSessionsOf(closed.coupleId());
        log.info("Episode {} closed: {} future session(s) of couple {} cancelled", closed.episodeId(), cancelled,
                closed.coupleId());
    }

    /** Cancels (or withdraws from) every scheduled session of the couple that starts from now on; returns how many. */
    int cancelFutureSessionsOf(UUID coupleId) {
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        int count = 0;
        for (UUID id : appointments.scheduledOfCoupleAfter(coupleId, now)) {
            StoredAppointment appointment = appointments.findForUpdate(id).orElseThrow();
            if (appointment.status() != AppointmentStatus.SCHEDULED) {
                continue;
            }
            if (appointment.kind() == AppointmentKind.WORKSHOP) {
                enrolments.withdrawQuietly(appointment, coupleId, CancelledBy.CLINIC, REASON);
            } else {
                canceller.cancel(appointment, CancelledBy.CLINIC, REASON);
            }
            count++;
        }
        return count;
    }
}
