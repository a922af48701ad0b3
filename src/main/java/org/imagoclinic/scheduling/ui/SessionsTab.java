package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.RecordKind;

/** The couple page's "Sessions" tab: sessions to come, and those of the last three months with their attendance. */
@org.springframework.stereotype.Component
class SessionsTab implements CoupleTab {

    private final Appointments appointments;
    private final TherapistProfiles therapists;
    private final Clock clock;

    SessionsTab(Appointments appointments, TherapistProfiles therapists, Clock clock) {
        this.appointments = appointments;
        this.therapists = therapists;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Sessions";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SCHEDULE;
    }

    @Override
    public Component content(UUID coupleId) {
        Grid<Appointment> upcoming = grid();
        upcoming.setItems(appointments.upcomingOf(coupleId));
        upcoming.setEmptyStateText("No sessions booked. Book one from the Calendar, or put the couple on the waitlist.");
        Grid<Appointment> past = grid();
        LocalDate today = LocalDate.now(clock);
        past.setItems(appointments.find(AppointmentQuery.ofCouple(coupleId, today.minusDays(90), today)).reversed());
        past.setEmptyStateText("No sessions in the last three months.");
        VerticalLayout content = new VerticalLayout(new H4("To come"), upcoming, new H4("Last three months"), past);
        content.setPadding(false);
        return content;
    }

    private Grid<Appointment> grid() {
        Grid<Appointment> grid = new Grid<>();
        grid.addColumn(appointment -> Show.when(appointment.start(), appointment.end())).setHeader("When").setAutoWidth(true);
        grid.addColumn(appointment -> appointment.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(appointment -> therapists.of(appointment.therapistId()).name()).setHeader("Therapist");
        grid.addColumn(appointment -> appointment.status().label() + (appointment.cancellation() == null ? ""
                : " (" + appointment.cancellation().reason() + (appointment.cancellation().late() ? ", late" : "") + ")"))
                .setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
