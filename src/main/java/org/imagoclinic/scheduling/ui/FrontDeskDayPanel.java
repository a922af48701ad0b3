package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

/**
 * The front desk's home page: today's sessions with check-in, who has arrived, and the couples
 * waiting on the waitlist, most urgent first.
 */
@org.springframework.stereotype.Component
class FrontDeskDayPanel implements HomePanel {

    private static final int WAITING_SHOWN = 5;

    private final Appointments appointments;
    private final Attendance attendance;
    private final TherapistProfiles therapists;
    private final Rooms rooms;
    private final Waitlist waitlist;
    private final CurrentUser currentUser;
    private final Clock clock;

    FrontDeskDayPanel(Appointments appointments, Attendance attendance, TherapistProfiles therapists, Rooms rooms,
                      Waitlist waitlist, CurrentUser currentUser, Clock clock) {
        this.appointments = appointments;
        this.attendance = attendance;
        this.therapists = therapists;
        this.rooms = rooms;
        this.waitlist = waitlist;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        if (!currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK)).orElse(false)) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.setId("front-desk-day-panel");
        panel.addClassName("home-panel");
        Paragraph arrived = new Paragraph();
        arrived.setId("arrived");
        TodaysSessions[] sessions = new TodaysSessions[1];
        sessions[0] = new TodaysSessions(appointments, attendance, therapists, rooms, clock,
                () -> showArrivals(arrived, sessions[0].refresh()));
        sessions[0].getContent().setAllRowsVisible(true);
        showArrivals(arrived, sessions[0].refresh());
        panel.add(new H3("Today's sessions, " + Show.day(LocalDate.now(clock))), sessions[0], arrived, waiting());
        return Optional.of(panel);
    }

    private static void showArrivals(Paragraph arrived, List<Appointment> today) {
        List<String> here = today.stream().filter(session -> session.status() == AppointmentStatus.CHECKED_IN)
                .map(session -> session.coupleName() + " (" + Show.TIME.format(session.start()) + ")").toList();
        arrived.setText(here.isEmpty() ? "Nobody has arrived yet." : "Arrived: " + String.join(", ", here) + ".");
    }

    private Component waiting() {
        List<WaitlistEntry> entries = waitlist.waiting();
        Div waiting = new Div(new H3("Waiting on the waitlist"));
        waiting.setId("waiting-panel");
        if (entries.isEmpty()) {
            waiting.add(new Paragraph("Nobody is waiting for a first slot."));
            return waiting;
        }
        UnorderedList list = new UnorderedList();
        for (WaitlistEntry entry : entries.subList(0, Math.min(WAITING_SHOWN, entries.size()))) {
            long days = Duration.between(entry.addedAt(), clock.instant()).toDays();
            list.add(new ListItem(new Anchor("couples/" + entry.coupleId(), entry.coupleName()),
                    new com.vaadin.flow.component.html.Span(" · " + entry.priority().label() + ", waiting "
                            + (days == 0 ? "since today" : days == 1 ? "1 day" : days + " days"))));
        }
        waiting.add(list, new Anchor("waitlist", entries.size() > WAITING_SHOWN
                ? "All " + entries.size() + " couples waiting, and offering a slot" : "Offer a slot on the waitlist"));
        return waiting;
    }
}
