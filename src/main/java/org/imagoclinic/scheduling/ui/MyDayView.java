package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.CalendarFeeds;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/** A therapist's day: their own sessions, with completed and no-show, and the address of their calendar feed. */
@Route("my-day")
@PageTitle("My day · Imago Clinic")
@Menu(title = "My day", order = 19, icon = "vaadin:user-clock")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR})
class MyDayView extends VerticalLayout {

    private final Grid<Appointment> grid = new Grid<>();
    private final DatePicker day = new DatePicker("Day");
    private final Appointments appointments;
    private final Attendance attendance;
    private final Optional<UUID> me;
    private final Clock clock;

    MyDayView(Appointments appointments, Attendance attendance, Rooms rooms, CalendarFeeds feeds, CurrentUser currentUser,
              Clock clock) {
        this.clock = clock;
        this.appointments = appointments;
        this.attendance = attendance;
        this.me = currentUser.get().flatMap(CurrentUser.SignedInAccount::staffId);
        setSizeFull();
        if (me.isEmpty()) {
            add(new Paragraph("Your account is not linked to a staff member yet, so it has no sessions of its own."));
            return;
        }
        day.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        day.setValue(LocalDate.now(clock));
        day.addValueChangeListener(change -> refresh());
        grid.addColumn(Show::span).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(MyDayView::couple).setHeader("Couple");
        grid.addColumn(appointment -> appointment.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(appointment -> appointment.telehealth() ? "Telehealth: " + appointment.meetingLink()
                : rooms.room(appointment.roomId()).label()).setHeader("Where");
        grid.addColumn(appointment -> appointment.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No sessions on this day: pick another day above.");
        TextField feed = new TextField("Calendar feed for your calendar app");
        feed.setReadOnly(true);
        feed.setWidth("36rem");
        feed.setHelperText("After the clinic's web address. Shown once; making a new address stops the old one.");
        Button newFeed = new Button("Make a new feed address", click -> feed.setValue(
                "/feeds/calendar/" + feeds.newSecret() + ".ics"));
        feed.setMaxWidth("100%");
        HorizontalLayout feedRow = new HorizontalLayout(feed, newFeed);
        feedRow.setWrap(true);
        feedRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(day, grid, feedRow);
        refresh();
    }

    /** The couple's name, leading to their page (a workshop has no couple page). */
    private static com.vaadin.flow.component.Component couple(Appointment appointment) {
        return appointment.coupleId() == null ? new com.vaadin.flow.component.html.Span(appointment.coupleName())
                : new com.vaadin.flow.component.html.Anchor("couples/" + appointment.coupleId(), appointment.coupleName());
    }

    private HorizontalLayout actions(Appointment appointment) {
        HorizontalLayout actions = new HorizontalLayout();
        AttendanceSteps steps = AttendanceSteps.of(appointment, LocalDateTime.now(clock));
        if (steps.complete()) {
            Button completed = new Button("Completed", click -> act(() -> attendance.complete(appointment.id()), "Completed."));
            completed.addThemeVariants(ButtonVariant.LUMO_SMALL);
            completed.setId("complete-" + appointment.id());
            actions.add(completed);
        }
        if (steps.noShow()) {
            Button noShow = new Button("No-show…", click -> NoShow.confirm(appointment,
                    () -> act(() -> attendance.markNoShow(appointment.id()), "Recorded as a no-show.")));
            noShow.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(noShow);
        }
        return actions;
    }

    private void act(Runnable action, String done) {
        if (Show.attempt(action, Map.of())) {
            Feedback.done(done);
            refresh();
        }
    }

    void refresh() {
        LocalDate shown = day.getValue() == null ? LocalDate.now(clock) : day.getValue();
        grid.setItems(appointments.find(AppointmentQuery.ofTherapist(me.orElseThrow(), shown, shown)));
    }
}
