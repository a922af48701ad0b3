package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.CalendarFeeds;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * A therapist's day: their own sessions as cards that wrap on a phone, each with what it allows now
 * (complete, no-show, write the note), the days before and after, and the address of their calendar feed.
 */
@Route("my-day")
@PageTitle("My day · Imago Clinic")
@Menu(title = "My day", order = 19, icon = "vaadin:user-clock")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR})
class MyDayView extends VerticalLayout {

    final DatePicker day = new DatePicker("Day");
    final Div sessions = new Div();
    private final Appointments appointments;
    private final Attendance attendance;
    private final Rooms rooms;
    private final Optional<UUID> me;
    private final Clock clock;

    MyDayView(Appointments appointments, Attendance attendance, Rooms rooms, CalendarFeeds feeds, CurrentUser currentUser,
              Clock clock) {
        this.clock = clock;
        this.appointments = appointments;
        this.attendance = attendance;
        this.rooms = rooms;
        this.me = currentUser.get().flatMap(CurrentUser.SignedInAccount::staffId);
        setSizeFull();
        if (me.isEmpty()) {
            add(new Paragraph("Your account is not linked to a staff member yet, so it has no sessions of its own."));
            return;
        }
        day.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        day.setValue(LocalDate.now(clock));
        day.setWidth("10rem");
        day.addValueChangeListener(change -> refresh());
        sessions.setId("my-day-sessions");
        sessions.addClassName("my-day-sessions");
        sessions.setWidthFull();
        TextField feed = new TextField("Calendar feed for your calendar app");
        feed.setReadOnly(true);
        feed.setWidth("36rem");
        feed.setMaxWidth("100%");
        feed.setHelperText("After the clinic's web address. Shown once; making a new address stops the old one.");
        Button newFeed = new Button("Make a new feed address", click -> feed.setValue(
                "/feeds/calendar/" + feeds.newSecret() + ".ics"));
        HorizontalLayout feedRow = new HorizontalLayout(feed, newFeed);
        feedRow.setWrap(true);
        feedRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(dayPicker(), sessions, feedRow);
        refresh();
    }

    /** The day shown, with the day before and after a tap away. */
    private HorizontalLayout dayPicker() {
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> day.setValue(shown().minusDays(1)));
        previous.setAriaLabel("Previous day");
        previous.setTooltipText("Previous day");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> day.setValue(shown().plusDays(1)));
        next.setAriaLabel("Next day");
        next.setTooltipText("Next day");
        Button today = new Button("Today", click -> day.setValue(LocalDate.now(clock)));
        HorizontalLayout picker = new HorizontalLayout(previous, day, next, today);
        picker.setSpacing(false);
        picker.getStyle().set("gap", "var(--lumo-space-xs)");
        picker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return picker;
    }

    private LocalDate shown() {
        return day.getValue() == null ? LocalDate.now(clock) : day.getValue();
    }

    void refresh() {
        sessions.removeAll();
        List<Appointment> list = appointments.find(AppointmentQuery.ofTherapist(me.orElseThrow(), shown(), shown()));
        if (list.isEmpty()) {
            Paragraph none = new Paragraph("No sessions on " + Show.day(shown()) + ": pick another day above.");
            none.addClassName("my-day-empty");
            sessions.add(none);
        }
        list.forEach(appointment -> sessions.add(card(appointment)));
    }

    /** One session: when, who, what kind, where, how it stands, and the steps it allows now. */
    private Div card(Appointment appointment) {
        Div card = new Div();
        card.setId("session-" + appointment.id());
        card.addClassName("my-day-session");
        Span time = new Span(Show.span(appointment));
        time.addClassName("my-day-time");
        Span status = new Span(appointment.status().label());
        status.addClassName("my-day-status");
        status.getElement().getThemeList().add("badge " + switch (appointment.status()) {
            case COMPLETED -> "success";
            case CANCELLED, NO_SHOW -> "error";
            default -> "contrast";
        });
        Span where = new Span(appointment.kind().label() + " · " + (appointment.telehealth()
                ? "Telehealth: " + appointment.meetingLink() : rooms.room(appointment.roomId()).label()));
        where.addClassName("my-day-where");
        card.add(time, couple(appointment), status, where, actions(appointment));
        return card;
    }

    /** The couple's name, leading to their page (a workshop has no couple page). */
    private static Component couple(Appointment appointment) {
        Component name = appointment.coupleId() == null ? new Span(appointment.coupleName())
                : new Anchor("couples/" + appointment.coupleId(), appointment.coupleName());
        ((com.vaadin.flow.component.HasStyle) name).addClassName("my-day-couple");
        return name;
    }

    private Div actions(Appointment appointment) {
        Div actions = new Div();
        actions.addClassName("my-day-actions");
        AttendanceSteps steps = AttendanceSteps.of(appointment, LocalDateTime.now(clock));
        if (steps.complete()) {
            Button complete = new Button("Complete…", click -> confirmComplete(appointment));
            complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            complete.setId("complete-" + appointment.id());
            actions.add(complete);
        }
        if (steps.noShow()) {
            Button noShow = new Button("No-show…", click -> NoShow.confirm(appointment,
                    () -> act(() -> attendance.markNoShow(appointment.id()), "Recorded as a no-show.")));
            noShow.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(noShow);
        }
        if (appointment.status() == AppointmentStatus.COMPLETED && appointment.coupleId() != null) {
            Button note = new Button("Write the note", click -> writeNote(appointment));
            note.addThemeVariants(ButtonVariant.LUMO_SMALL);
            note.setId("note-" + appointment.id());
            actions.add(note);
        }
        return actions;
    }

    /** Completing cannot be undone (the note falls due, billing charges it): ask, then offer the note. */
    private void confirmComplete(Appointment appointment) {
        ConfirmDialog question = new ConfirmDialog();
        question.setHeader("Complete the session with " + appointment.coupleName() + "?");
        question.setText("The session of " + Show.when(appointment.start(), appointment.end()) + " is recorded as "
                + "attended and its note falls due. This cannot be changed back.");
        question.setConfirmText("Complete");
        question.setCancelable(true);
        question.setCancelText("Not yet");
        question.setCloseOnEsc(true);
        question.addConfirmListener(event -> {
            if (act(() -> attendance.complete(appointment.id()), "Completed.") && appointment.coupleId() != null) {
                offerNote(appointment);
            }
        });
        question.open();
    }

    private void offerNote(Appointment appointment) {
        ConfirmDialog offer = new ConfirmDialog();
        offer.setId("offer-note");
        offer.setHeader("Session completed");
        offer.setText("Write its note now, while the session is fresh? It also waits for you under Notes due on your "
                + "home page.");
        offer.setConfirmText("Write the note");
        offer.setCancelable(true);
        offer.setCancelText("Later");
        offer.setCloseOnEsc(true);
        offer.addConfirmListener(event -> writeNote(appointment));
        offer.open();
    }

    /** The couple's notes, with this session's note open (the Notes tab reads the session from the link). */
    private static void writeNote(Appointment appointment) {
        UI.getCurrent().navigate("couples/" + appointment.coupleId(), QueryParameters.simple(
                Map.of("tab", "notes", "session", appointment.id().toString())));
    }

    private boolean act(Runnable action, String done) {
        if (Show.attempt(action, Map.of())) {
            Feedback.done(done);
            refresh();
            return true;
        }
        return false;
    }
}
