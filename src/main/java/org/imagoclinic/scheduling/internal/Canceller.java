package org.imagoclinic.scheduling.internal;

import java.time.OffsetDateTime;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.CancelledBy;
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

    void cancel(StoredAppointment appointment, CancelledBy by, String reason) {
        boolean late = late(appointment);
        OffsetDateTime now = time.now().atZone(time.zone()).toOffsetDateTime();
        appointments.cancel(appointment.id(), by, reason, late, now);
        audit.record(new AuditRecord(AuditAction.UPDATE, SchedulingAccess.APPOINTMENT, appointment.id().toString(),
                appointment.coupleId(), AuditOutcome.ALLOWED, "cancelled by " + by.label() + (late ? " (late)" : "")
                + ": " + reason));
        for (SessionEvents.Party party : events.partiesOf(appointment)) {
            events.cancelled(appointment, party, by, late, reason);
        }
    }
}
