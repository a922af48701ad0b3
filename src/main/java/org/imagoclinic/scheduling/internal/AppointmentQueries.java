package org.imagoclinic.scheduling.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Move;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.shared.PlausibleDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar, for everyone who works at the clinic (times and attendance are not clinical). */
@Service
@PreAuthorize(SchedulingAccess.STAFF)
class AppointmentQueries implements Appointments {

    /** The longest period one query may cover. */
    static final int MOST_DAYS = 92;

    private final AppointmentRepository appointments;
    private final AppointmentViews views;
    private final ClinicTime time;
    private final SchedulingAccess access;

    AppointmentQueries(AppointmentRepository appointments, AppointmentViews views, ClinicTime time, SchedulingAccess access) {
        this.appointments = appointments;
        this.views = views;
        this.time = time;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Appointment get(UUID appointmentId) {
        Appointment appointment = views.of(appointments.find(appointmentId)
                .orElseThrow(() -> new NotFoundException("No appointment with this id.")));
        access.requireMaySee(appointment, AuditAction.VIEW);
        return appointment;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Appointment> find(AppointmentQuery query) {
        if (query.from() == null || query.to() == null) {
            throw new InvalidInputException(Map.of("from", "Give the first and last day to list."));
        }
        if (query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "The last day can't be before the first.");
        }
        if (query.to().isAfter(query.from().plusDays(MOST_DAYS))) {
            throw new InvalidInputException("to", "List at most " + MOST_DAYS + " days at a time.");
        }
        List<Appointment> found = views.of(appointments.find(query, time.days(query.from(), query.to())));
        Predicate<Appointment> visible = access.visibleToMe();
        if (query.coupleId() != null) {
            return found.stream().filter(visible).toList();
        }
        return found.stream().map(appointment -> visible.test(appointment) ? appointment : SchedulingAccess.busy(appointment))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Appointment> upcomingOf(UUID coupleId) {
        return views.of(appointments.scheduledOfCoupleAfter(coupleId, time.now().atZone(time.zone()).toOffsetDateTime())
                .stream().map(id -> appointments.find(id).orElseThrow()).toList()).stream().filter(access.visibleToMe()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Appointment> completedOf(UUID coupleId) {
        LocalDate today = time.today();
        return views.of(appointments.find(AppointmentQuery.ofCouple(coupleId, PlausibleDates.EARLIEST, today),
                        time.days(PlausibleDates.EARLIEST, today))).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED)
                .filter(access.visibleToMe())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Move> movesOf(UUID appointmentId) {
        get(appointmentId);
        return appointments.moves(appointmentId, time);
    }
}
