package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The workshops of the coming three months, one row per workshop however many days it runs, with the places
 * left; a new workshop; and each workshop's enrolment list (enrol and withdraw couples).
 */
@Route("workshops")
@PageTitle("Workshops · Imago Clinic")
@Menu(title = "Workshops", order = 23, icon = "vaadin:group")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class WorkshopsView extends VerticalLayout {

    /** A workshop as listed: its first day still to come, and its last day. */
    record Listed(Appointment first, Appointment last, int days) {
    }

    private final Grid<Listed> grid = new Grid<>();
    private final Appointments appointments;
    private final Bookings bookings;
    private final Couples couples;
    private final BookingEligibility eligibility;
    private final TherapistProfiles therapists;
    private final Rooms rooms;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkshopsView(Appointments appointments, Bookings bookings, Couples couples, BookingEligibility eligibility,
                  TherapistProfiles therapists, Rooms rooms, CurrentUser currentUser, Clock clock) {
        this.appointments = appointments;
        this.bookings = bookings;
        this.couples = couples;
        this.eligibility = eligibility;
        this.therapists = therapists;
        this.rooms = rooms;
        this.currentUser = currentUser;
        this.clock = clock;
        setSizeFull();
        grid.addColumn(listed -> Show.day(listed.first().start().toLocalDate()) + (listed.days() > 1
                ? " – " + Show.day(listed.last().start().toLocalDate()) + " (" + listed.days() + " days)" : ""))
                .setHeader("When").setAutoWidth(true);
        grid.addColumn(listed -> listed.first().title()).setHeader("Workshop");
        grid.addColumn(listed -> String.join(" and ", listed.first().therapistIds().stream()
                .map(id -> therapists.of(id).name()).toList())).setHeader("Led by");
        grid.addColumn(listed -> listed.first().roomId() == null ? "Telehealth"
                : rooms.room(listed.first().roomId()).label()).setHeader("Where");
        grid.addColumn(listed -> placesLeft(listed.first())).setHeader("Places left").setAutoWidth(true);
        grid.addComponentColumn(listed -> {
            Button open = new Button("Enrolment…", click -> openEnrolment(listed.first()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No workshops planned: press \"New workshop\" to plan one.");
        Button add = new Button("New workshop", click -> newWorkshop());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-workshop");
        HorizontalLayout header = new HorizontalLayout(new H3("Workshops"), add);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, grid);
        refresh();
    }

    static String placesLeft(Appointment workshop) {
        int capacity = workshop.capacity() == null ? 0 : workshop.capacity();
        int left = Math.max(0, capacity - workshop.enrolledCoupleIds().size());
        return left == 0 ? "Full (" + capacity + ")" : left + " of " + capacity;
    }

    void refresh() {
        LocalDate today = LocalDate.now(clock);
        Map<Object, List<Appointment>> byWorkshop = new LinkedHashMap<>();
        appointments.find(AppointmentQuery.wholeClinic(today, today.plusDays(91))).stream()
                .filter(appointment -> appointment.kind() == AppointmentKind.WORKSHOP)
                .forEach(day -> byWorkshop.computeIfAbsent(day.seriesId() == null ? day.id() : day.seriesId(),
                        key -> new ArrayList<>()).add(day));
        grid.setItems(byWorkshop.values().stream()
                .map(days -> new Listed(days.getFirst(), days.getLast(), days.size())).toList());
    }

    private void openEnrolment(Appointment workshop) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(workshop.title());
        dialog.setWidth("40rem");
        dialog.add(new WorkshopEnrolment(appointments.get(workshop.id()), bookings, couples, eligibility, this::refresh));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private void newWorkshop() {
        boolean keepsDiary = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN))
                .orElse(false);
        new BookingDialog(bookings, couples, eligibility, therapists.therapists(), rooms.rooms(true), keepsDiary,
                booking -> {
                    Feedback.done("Planned: " + booking.first().title() + ", " + Show.when(booking.first().start(),
                            booking.first().end()) + (booking.appointments().size() > 1
                            ? " and " + (booking.appointments().size() - 1) + " more days" : "") + ".");
                    refresh();
                }).asWorkshop().open();
    }
}
