package org.imagoclinic.scheduling.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.CancellationNotice;
import org.imagoclinic.scheduling.CancelledBy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Cancels one appointment in the caller's transaction: works out whether it is late, releases what it
 * held, audits it and publishes {@code SessionCancelled} for each couple who was coming. Used by the
 * booking service and by the listener that cancels a closed episode's sessions.
 */
@Component
class Canceller {

    private final AppointmentRepository appointments;
    private final SessionEvents events;
    private final AuditTrail audit;
    private final ClinicTime time;
    private final SchedulingSettings settings;

    Canceller(AppointmentRepository appointments, SessionEvents events, AuditTrail audit, ClinicTime time,
              SchedulingSettings settings) {
        this.appointments = appointments;
        this.events = events;
        this.audit = audit;
        this.time = time;
        this.settings = settings;
    }

    /** Whether cancelling now would be late. */
    boolean late(StoredAppointment appointment) {
        return LateCancellation.isLate(time.now(), appointment.start().toInstant(), time.zone(),
                settings.lateCancelNotice());
    }

    /** What cancelling now would mean, to show before anyone does. */
    CancellationNotice notice(StoredAppointment appointment) {
        Duration given = Duration.between(time.now(), appointment.start().toInstant());
        return new CancellationNotice(late(appointment), given.isNegative() ? Duration.ZERO : given,
                settings.lateCancelNotice());
    }

    void cancel(StoredAppointment appointment, CancelledBy by, String reason) {
        cancel(appointment, by, reason, null);
    }

    /**
     * @param lateWaivedReason why a late cancellation is waived: it is then recorded as not late
     */
    void cancel(StoredAppointment appointment, CancelledBy by, String reason, @Nullable String lateWaivedReason) {
        String waiver = late(appointment) ? lateWaivedReason : null;
        boolean late = late(appointment) && waiver == null;
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        appointments.cancel(appointment.id(), by, reason, late, waiver, now);
        audit.record(new AuditRecord(AuditAction.UPDATE, SchedulingAccess.APPOINTMENT, appointment.id().toString(),
                appointment.coupleId(), AuditOutcome.ALLOWED, "cancelled by " + by.label() + (late ? " (late)" : "")
                + (waiver == null ? "" : " (late cancellation waived: " + waiver + ")") + ": " + reason));
        for (SessionEvents.Party party : events.partiesOf(appointment)) {
            events.cancelled(appointment, party, by, late, reason);
        }
    }
}
