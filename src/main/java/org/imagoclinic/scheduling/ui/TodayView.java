package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.Roles;

/**
 * The front desk's day: every session today in time order, with a check-in button for each couple
 * who arrives at the clinic, a way to undo an arrival recorded by mistake, and a no-show button once
 * a session has started without them.
 */
@Route("today")
@PageTitle("Today · Imago Clinic")
@Menu(title = "Today", order = 21, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
class TodayView extends VerticalLayout {

    private final TodaysSessions sessions;

    TodayView(Appointments appointments, Attendance attendance, TherapistProfiles therapists, Rooms rooms, Clock clock) {
        setSizeFull();
        sessions = new TodaysSessions(appointments, attendance, therapists, rooms, clock, this::refresh);
        add(new H3("Sessions on " + Show.day(LocalDate.now(clock))), sessions);
        refresh();
    }

    void refresh() {
        sessions.refresh();
    }
}
