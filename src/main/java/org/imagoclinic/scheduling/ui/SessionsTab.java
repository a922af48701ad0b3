package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.ui.tabs.BookingLink;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.RecordKind;

/**
 * The couple page's "Sessions" tab: sessions to come, and those of the last three months with their
 * attendance. Cancelled, late-cancelled and no-show sessions stay on the list, marked as such; a row
 * opens the session with what may be done with it.
 */
@org.springframework.stereotype.Component
class SessionsTab implements CoupleTab {

    private final Appointments appointments;
    private final Bookings bookings;
    private final Attendance attendance;
    private final TherapistProfiles therapists;
    private final Rooms rooms;
    private final Couples couples;
    private final BookingEligibility eligibility;
    private final Clock clock;

    SessionsTab(Appointments appointments, Bookings bookings, Attendance attendance, TherapistProfiles therapists,
                Rooms rooms, Couples couples, BookingEligibility eligibility, Clock clock) {
        this.appointments = appointments;
        this.bookings = bookings;
        this.attendance = attendance;
        this.therapists = therapists;
        this.rooms = rooms;
        this.couples = couples;
        this.eligibility = eligibility;
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
        upcoming.setId("sessions-to-come");
        upcoming.setEmptyStateText("No sessions booked. Book one, or put the couple on the waitlist.");
        Grid<Appointment> past = grid();
        past.setId("sessions-past");
        past.setEmptyStateText("No sessions in the last three months.");
        Runnable refresh = () -> {
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDate today = now.toLocalDate();
            // cancelled sessions to come stay on the list too, marked as such
            List<Appointment> cancelledAhead = appointments.find(AppointmentQuery.ofCouple(coupleId, today,
                    today.plusDays(90))).stream().filter(session -> session.status() == AppointmentStatus.CANCELLED)
                    .filter(session -> session.start().isAfter(now)).toList();
            upcoming.setItems(Stream.concat(appointments.upcomingOf(coupleId).stream(), cancelledAhead.stream())
                    .sorted(Comparator.comparing(Appointment::start)).toList());
            past.setItems(appointments.find(AppointmentQuery.ofCouple(coupleId, today.minusDays(90), today)).stream()
                    .filter(session -> !session.start().isAfter(now)).toList().reversed());
        };
        for (Grid<Appointment> grid : List.of(upcoming, past)) {
            grid.addItemClickListener(click -> Show.attempt(() -> new AppointmentDialog(
                    appointments.get(click.getItem().id()), appointments, bookings, attendance, therapists, rooms,
                    couples, eligibility, LocalDateTime.now(clock), refresh).open(), Map.of()));
        }
        refresh.run();
        Anchor book = new Anchor(BookingLink.to(coupleId, eligibility.atAGlance(coupleId).openEpisode()
                .map(episode -> episode.primaryTherapistId()).orElse(null)), "Book a session");
        book.setId("sessions-book");
        VerticalLayout content = new VerticalLayout(book, new H4("To come"), upcoming, new H4("Last three months"), past);
        content.setPadding(false);
        return content;
    }

    private Grid<Appointment> grid() {
        Grid<Appointment> grid = new Grid<>();
        grid.addColumn(appointment -> Show.when(appointment.start(), appointment.end())).setHeader("When").setAutoWidth(true);
        grid.addColumn(appointment -> appointment.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(appointment -> therapists.of(appointment.therapistId()).name()).setHeader("Therapist");
        grid.addColumn(SessionsTab::status).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** "Cancelled late by the couple: Unwell", "No-show", "Checked in". */
    static String status(Appointment appointment) {
        var cancellation = appointment.cancellation();
        if (cancellation == null) {
            return appointment.status().label();
        }
        String late = !cancellation.late() ? "" : cancellation.lateWaivedReason() == null ? " late"
                : " late (waived: " + cancellation.lateWaivedReason() + ")";
        return "Cancelled" + late + (cancellation.by() == null ? "" : " by " + cancellation.by().label())
                + (cancellation.reason() == null ? "" : ": " + cancellation.reason());
    }
}
