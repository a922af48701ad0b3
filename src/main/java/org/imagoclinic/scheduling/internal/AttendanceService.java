package org.imagoclinic.scheduling.internal;

import java.time.Instant;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Check-in, completed and no-show: the front desk and administrators for any session, therapists for their own. */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class AttendanceService implements Attendance {

    private final AppointmentRepository appointments;
    private final SessionEvents events;
    private final AppointmentViews views;
    private final SchedulingAccess access;
    private final TherapistProfilesLookup therapists;
    private final AuditTrail audit;
    private final ClinicTime time;

    AttendanceService(AppointmentRepository appointments, SessionEvents events, AppointmentViews views,
                      SchedulingAccess access, TherapistProfilesLookup therapists, AuditTrail audit, ClinicTime time) {
        this.appointments = appointments;
        this.events = events;
        this.views = views;
        this.access = access;
        this.therapists = therapists;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @Transactional
    public Appointment checkIn(UUID appointmentId) {
        StoredAppointment appointment = locked(appointmentId);
        requireStatus(appointment, "checked in", AppointmentStatus.SCHEDULED);
        if (appointment.telehealth()) {
            throw new ConflictException("A telehealth session has no arrival to check in: complete it, or record a "
                    + "no-show, once it has started.");
        }
        Instant now = time.now();
        if (now.isBefore(appointment.start().toInstant().minus(CHECK_IN_OPENS)) || now.isAfter(appointment.end().toInstant())) {
            throw new ConflictException("A session can be checked in from 12 hours before it starts until it ends.");
        }
        return change(appointment, AppointmentStatus.CHECKED_IN, "checked in", now);
    }

    @Override
    @Transactional
    public Appointment undoCheckIn(UUID appointmentId) {
        StoredAppointment appointment = locked(appointmentId);
        requireStatus(appointment, "set back to scheduled", AppointmentStatus.CHECKED_IN);
        Instant now = time.now();
        if (now.isAfter(appointment.end().toInstant())) {
            throw new ConflictException("The session has ended: complete it, or record a no-show, instead.");
        }
        appointments.undoCheckIn(appointment.id(), now.atZone(time.zone()).toOffsetDateTime());
        audit.record(new AuditRecord(AuditAction.UPDATE, SchedulingAccess.APPOINTMENT, appointment.id().toString(),
                appointment.coupleId(), AuditOutcome.ALLOWED, "check-in undone"));
        events.checkInUndone(appointment, now);
        return views.of(appointments.find(appointment.id()).orElseThrow());
    }

    @Override
    @Transactional
    public Appointment complete(UUID appointmentId) {
        StoredAppointment appointment = locked(appointmentId);
        requireStatus(appointment, "completed", AppointmentStatus.SCHEDULED, AppointmentStatus.CHECKED_IN);
        requireStarted(appointment, "completed");
        return change(appointment, AppointmentStatus.COMPLETED, "completed", time.now());
    }

    @Override
    @Transactional
    public Appointment markNoShow(UUID appointmentId) {
        StoredAppointment appointment = locked(appointmentId);
        requireStatus(appointment, "marked as a no-show", AppointmentStatus.SCHEDULED);
        requireStarted(appointment, "marked as a no-show");
        return change(appointment, AppointmentStatus.NO_SHOW, "no-show", time.now());
    }

    private Appointment change(StoredAppointment appointment, AppointmentStatus status, String what, Instant now) {
        appointments.changeStatus(appointment.id(), status, now.atZone(time.zone()).toOffsetDateTime());
        audit.record(new AuditRecord(AuditAction.UPDATE, SchedulingAccess.APPOINTMENT, appointment.id().toString(),
                appointment.coupleId(), AuditOutcome.ALLOWED, what));
        switch (status) {
            case CHECKED_IN -> events.checkedIn(appointment, now);
            case COMPLETED -> events.completed(appointment, now);
            case NO_SHOW -> events.missed(appointment, now);
            default -> throw new IllegalStateException("No event for " + status);
        }
        return views.of(appointments.find(appointment.id()).orElseThrow());
    }

    private StoredAppointment locked(UUID appointmentId) {
        StoredAppointment appointment = appointments.findForUpdate(appointmentId)
                .orElseThrow(() -> new NotFoundException("No appointment with this id."));
        access.requireMayActFor(appointment.therapistIds(), () -> therapists.nameOf(appointment.therapistId()));
        return appointment;
    }

    private static void requireStatus(StoredAppointment appointment, String what, AppointmentStatus... allowed) {
        for (AppointmentStatus status : allowed) {
            if (appointment.status() == status) {
                return;
            }
        }
        throw new ConflictException("This session is " + appointment.status().label().toLowerCase()
                + ": it can't be " + what + " now.");
    }

    private void requireStarted(StoredAppointment appointment, String what) {
        if (time.now().isBefore(appointment.start().toInstant())) {
            throw new ConflictException("The session hasn't started yet: it can be " + what + " once it has.");
        }
    }
}
