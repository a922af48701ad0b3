package org.imagoclinic.scheduling.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    AppointmentQueries(AppointmentRepository appointments, AppointmentViews views, ClinicTime time) {
        this.appointments = appointments;
        this.views = views;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public Appointment get(UUID appointmentId) {
        return views.of(appointments.find(appointmentId)
                .orElseThrow(() -> new NotFoundException("No appointment with this id.")));
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
        return views.of(appointments.find(query, time.days(query.from(), query.to())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Appointment> upcomingOf(UUID coupleId) {
        return views.of(appointments.scheduledOfCoupleAfter(coupleId, time.now().atZone(time.zone()).toOffsetDateTime())
                .stream().map(id -> appointments.find(id).orElseThrow()).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Appointment> completedOf(UUID coupleId) {
        LocalDate today = time.today();
        return views.of(appointments.find(AppointmentQuery.ofCouple(coupleId, PlausibleDates.EARLIEST, today),
                        time.days(PlausibleDates.EARLIEST, today))).stream()
                .filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Move> movesOf(UUID appointmentId) {
        appointments.find(appointmentId).orElseThrow(() -> new NotFoundException("No appointment with this id."));
        return appointments.moves(appointmentId, time);
    }
}
