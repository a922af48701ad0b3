package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

/**
 * A therapist's sessions today, first on their home page: when, which couple (a link to their page),
 * what kind, where and how each stands, and the way to My day where they are completed. Names and
 * times only, like the calendar.
 */
@org.springframework.stereotype.Component
class SessionsTodayPanel implements HomePanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Appointments appointments;
    private final Rooms rooms;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionsTodayPanel(Appointments appointments, Rooms rooms, CurrentUser currentUser, Clock clock) {
        this.appointments = appointments;
        this.rooms = rooms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty()
                || !(account.get().hasRole(Roles.THERAPIST) || account.get().hasRole(Roles.SUPERVISOR))) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<Appointment> sessions = appointments.find(AppointmentQuery.ofTherapist(account.get().staffId().get(), today,
                today));
        return Optional.of(Queues.table("sessions-today", "Your sessions today",
                new String[] {"Time", "Couple", "Kind", "Where", "Status"},
                sessions.stream().map(session -> new Queues.Row(session.coupleId(), session.coupleId() == null ? -1 : 1,
                        List.of(TIME.format(session.start()) + "–" + TIME.format(session.end()), session.coupleName(),
                                session.kind().label(), session.telehealth() ? "Telehealth"
                                        : rooms.room(session.roomId()).label(), session.status().label()))).toList(),
                "No sessions today. My day shows other days."));
    }
}
