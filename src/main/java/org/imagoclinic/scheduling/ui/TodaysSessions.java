package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.shared.ui.components.Confirm;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Every session today in time order with the attendance steps the front desk takes: check-in when a
 * couple arrives, undo for an arrival recorded by mistake, no-show once a session started without
 * them. Shown on Today and on the front desk's home page.
 */
class TodaysSessions extends Composite<Grid<Appointment>> {

    private final Appointments appointments;
    private final Attendance attendance;
    private final Clock clock;
    private final Runnable changed;

    TodaysSessions(Appointments appointments, Attendance attendance, TherapistProfiles therapists, Rooms rooms,
                   Clock clock, Runnable changed) {
        this.appointments = appointments;
        this.attendance = attendance;
        this.clock = clock;
        this.changed = changed;
        Grid<Appointment> grid = getContent();
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
    }

    /** Today's sessions read afresh; returns them. */
    List<Appointment> refresh() {
        LocalDate today = LocalDate.now(clock);
        List<Appointment> sessions = appointments.find(AppointmentQuery.wholeClinic(today, today));
        getContent().setItems(sessions);
        return sessions;
    }

    private HorizontalLayout actions(Appointment appointment) {
        HorizontalLayout actions = new HorizontalLayout();
        AttendanceSteps steps = AttendanceSteps.of(appointment, LocalDateTime.now(clock));
        if (steps.checkIn()) {
            Button checkIn = new Button("Check in", click -> {
                if (Show.attempt(() -> attendance.checkIn(appointment.id()), Map.of())) {
                    Feedback.done(appointment.coupleName() + " checked in.");
                    changed.run();
                }
            });
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            checkIn.setId("check-in-" + appointment.id());
            actions.add(checkIn);
        }
        if (steps.undoCheckIn()) {
            Button undo = new Button("Undo check-in…", click -> Confirm.ask("Undo " + appointment.coupleName()
                            + "'s check-in?", "Only if they were checked in by mistake: the session of "
                            + Show.when(appointment.start(), appointment.end()) + " is scheduled again, as if they had "
                            + "not arrived. The change is recorded in the audit trail.", "Undo check-in", "Keep it",
                    () -> {
                        if (Show.attempt(() -> attendance.undoCheckIn(appointment.id()), Map.of())) {
                            Feedback.done(appointment.coupleName() + "'s check-in was undone: the session is scheduled.");
                            changed.run();
                        }
                    }));
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            undo.setId("undo-check-in-" + appointment.id());
            actions.add(undo);
        }
        if (steps.noShow()) {
            Button noShow = new Button("No-show…", click -> NoShow.confirm(appointment, () -> {
                if (Show.attempt(() -> attendance.markNoShow(appointment.id()), Map.of())) {
                    Feedback.done(appointment.coupleName() + " recorded as a no-show.");
                    changed.run();
                }
            }));
            noShow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            noShow.setId("no-show-" + appointment.id());
            actions.add(noShow);
        }
        return actions;
    }
}
