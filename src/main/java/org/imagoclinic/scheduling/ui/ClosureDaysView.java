package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.ClosureAdded;
import org.imagoclinic.scheduling.ClosureDay;
import org.imagoclinic.scheduling.ClosureDays;
import org.imagoclinic.scheduling.NewClosureDay;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.shared.ui.components.Confirm;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Administrators close the clinic on a day or a run of days (holidays): a series skips them, a single
 * session there needs "book anyway", the calendar shades them. Sessions already booked on the days are
 * listed for the front desk to move; nothing is cancelled. Past closures stay listed for the record.
 */
@Route("admin/closure-days")
@PageTitle("Closure days · Imago Clinic")
@Menu(title = "Closure days", order = 83, icon = "vaadin:calendar-o")
@RolesAllowed(Roles.ADMIN)
class ClosureDaysView extends VerticalLayout {

    private final TextField name = new TextField("Name");
    private final DatePicker firstDay = new DatePicker("First day closed");
    private final DatePicker lastDay = new DatePicker("Last day closed");
    private final Div booked = new Div();
    private final Grid<ClosureDay> grid = new Grid<>();
    private final ClosureDays closures;
    private final TherapistProfiles therapists;
    private final Clock clock;

    ClosureDaysView(ClosureDays closures, TherapistProfiles therapists, Clock clock) {
        this.closures = closures;
        this.therapists = therapists;
        this.clock = clock;
        setSizeFull();
        name.setId("closure-name");
        name.setMaxLength(InputLimits.NAME);
        name.setPlaceholder("e.g. Christmas");
        LocalDate today = LocalDate.now(clock);
        for (DatePicker day : List.of(firstDay, lastDay)) {
            day.setMin(today);
            day.setMax(PlausibleDates.latestPlanned(today));
        }
        firstDay.setId("closure-first-day");
        lastDay.setId("closure-last-day");
        lastDay.setHelperText("Leave empty to close one day");
        firstDay.addValueChangeListener(change -> lastDay.setMin(change.getValue() == null ? today : change.getValue()));
        Button add = new Button("Close the clinic", click -> add());
        add.setId("add-closure");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, firstDay, lastDay, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        booked.setId("closure-booked-sessions");
        booked.setVisible(false);
        grid.setId("closure-days");
        grid.addColumn(ClosureDay::name).setHeader("Closure").setAutoWidth(true);
        grid.addColumn(ClosureDay::days).setHeader("Days").setAutoWidth(true);
        grid.addColumn(closure -> closure.lastDay().isBefore(LocalDate.now(clock)) ? "Past" : "Upcoming")
                .setHeader("When").setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No closure days yet: add the clinic's holidays above.");
        add(new H3("Closure days"), new Paragraph("Days the whole clinic is closed. A weekly or fortnightly "
                + "series skips them; a single session on one is booked only when whoever books says \"book anyway\"; "
                + "the calendar shades them."), form, booked, grid);
        refresh();
    }

    private void add() {
        AtomicReference<ClosureAdded> added = new AtomicReference<>();
        if (Show.attempt(() -> added.set(closures.add(new NewClosureDay(name.getValue(), firstDay.getValue(),
                lastDay.getValue()))), Map.of("name", name, "firstDay", firstDay, "lastDay", lastDay))) {
            Feedback.done("The clinic is closed on " + added.get().closure().describe() + ".");
            showBooked(added.get());
            name.clear();
            firstDay.clear();
            lastDay.clear();
            refresh();
        }
    }

    /** The sessions already on the closed days: the front desk moves them; nothing was cancelled. */
    private void showBooked(ClosureAdded added) {
        booked.removeAll();
        List<Appointment> sessions = added.sessionsToMove();
        if (sessions.isEmpty()) {
            booked.add(new Paragraph("No sessions are booked on these days."));
        } else {
            UnorderedList list = new UnorderedList();
            sessions.forEach(session -> list.add(new ListItem(Show.when(session.start(), session.end()) + " · "
                    + session.kind().label() + " · " + session.coupleName() + " · "
                    + therapists.of(session.therapistId()).name())));
            booked.add(new Paragraph(sessions.size() + (sessions.size() == 1 ? " session is" : " sessions are")
                    + " already booked on these days. They have not been cancelled: the front desk moves them with "
                    + "the couples."), list, new Anchor("calendar?date=" + added.closure().firstDay(),
                    "Open the calendar on " + Show.day(added.closure().firstDay())));
        }
        booked.setVisible(true);
    }

    private Button removeButton(ClosureDay closure) {
        Button remove = new Button("Remove", click -> Confirm.ask("Remove " + closure.name() + "?",
                "The clinic will be open on " + closure.days() + " again: series booked from now on will not skip "
                        + "these days.", "Remove", "Keep it", () -> {
                    if (Show.attempt(() -> closures.remove(closure.id()), Map.of())) {
                        Feedback.done(closure.name() + " removed.");
                        refresh();
                    }
                }));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
        remove.setVisible(!closure.lastDay().isBefore(LocalDate.now(clock)));
        return remove;
    }

    private void refresh() {
        grid.setItems(closures.list());
    }
}
