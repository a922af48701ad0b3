package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The front desk's day: every session today in time order, with a check-in button for each couple
 * who arrives at the clinic and a no-show button once a session has started without them.
 */
@Route("today")
@PageTitle("Today · Imago Clinic")
@Menu(title = "Today", order = 21, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
class TodayView extends VerticalLayout {

    private final Grid<Appointment> grid = new Grid<>();
    private final Appointments appointments;
    private final Attendance attendance;
    private final Clock clock;

    TodayView(Appointments appointments, Attendance attendance, TherapistProfiles therapists, Rooms rooms, Clock clock) {
        this.appointments = appointments;
        this.attendance = attendance;
        this.clock = clock;
        setSizeFull();
        grid.addColumn(Show::span).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Appointment::coupleName).setHeader("Couple").setFlexGrow(3)
                .setTooltipGenerator(Appointment::coupleName);
        grid.addColumn(appointment -> appointment.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(appointment -> therapists.of(appointment.therapistId()).name()).setHeader("Therapist");
        grid.addColumn(appointment -> appointment.telehealth() ? "Telehealth" : rooms.room(appointment.roomId()).label())
                .setHeader("Where");
        grid.addColumn(appointment -> appointment.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No sessions today. To book one, open the Calendar.");
        add(new H3("Sessions on " + Show.day(LocalDate.now(clock))), grid);
        refresh();
    }

    private HorizontalLayout actions(Appointment appointment) {
        HorizontalLayout actions = new HorizontalLayout();
        AttendanceSteps steps = AttendanceSteps.of(appointment, LocalDateTime.now(clock));
        if (steps.checkIn()) {
            Button checkIn = new Button("Check in", click -> {
                if (Show.attempt(() -> attendance.checkIn(appointment.id()), Map.of())) {
                    Feedback.done(appointment.coupleName() + " checked in.");
                    refresh();
                }
            });
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            checkIn.setId("check-in-" + appointment.id());
            actions.add(checkIn);
        }
        if (steps.noShow()) {
            Button noShow = new Button("No-show…", click -> NoShow.confirm(appointment, () -> {
                if (Show.attempt(() -> attendance.markNoShow(appointment.id()), Map.of())) {
                    Feedback.done(appointment.coupleName() + " recorded as a no-show.");
                    refresh();
                }
            }));
            noShow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            noShow.setId("no-show-" + appointment.id());
            actions.add(noShow);
        }
        return actions;
    }

    void refresh() {
        LocalDate today = LocalDate.now(clock);
        grid.setItems(appointments.find(AppointmentQuery.wholeClinic(today, today)));
    }
}
