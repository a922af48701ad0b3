package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.SupervisionLink;
import org.imagoclinic.staff.TherapistDetails;

/** Who supervises the person now and before, whom they supervise, and assigning a new supervisor. */
class SupervisionSection extends VerticalLayout {

    private static final java.time.format.DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    SupervisionSection(StaffDirectory directory, StaffMember member, Clock clock, Runnable refresh) {
        setPadding(false);
        LocalDate today = LocalDate.now(clock);
        List<SupervisionLink> history = directory.supervisionHistory(member.id());
        TherapistDetails therapist = member.therapist();
        boolean supervised = member.active() && therapist != null && therapist.underSupervision();
        if (history.isEmpty() && !supervised && !member.maySupervise()) {
            setVisible(false);
            return;
        }
        add(new H3("Supervision"));
        if (supervised) {
            Paragraph current = new Paragraph(history.stream().filter(link -> link.holdsOn(today)).findFirst()
                    .map(link -> "Supervised by " + link.supervisorName() + " since " + DAY.format(link.startsOn()) + ".")
                    .orElse("No supervisor at the moment."));
            current.setId("current-supervisor");
            Button assign = new Button(history.isEmpty() ? "Assign supervisor" : "Change supervisor",
                    click -> new AssignSupervisorDialog(directory, member, today, refresh).open());
            add(current, assign);
        }
        if (!history.isEmpty()) {
            add(historyGrid(history));
        }
        if (member.maySupervise()) {
            List<String> supervisees = directory.currentSupervisees(member.id()).stream()
                    .map(SupervisionLink::superviseeName).toList();
            add(new Paragraph(supervisees.isEmpty() ? "Supervises nobody at the moment."
                    : "Supervises " + String.join(", ", supervisees) + "."));
        }
    }

    private static Grid<SupervisionLink> historyGrid(List<SupervisionLink> history) {
        Grid<SupervisionLink> grid = new Grid<>();
        grid.setId("supervision-history");
        grid.addColumn(SupervisionLink::supervisorName).setHeader("Supervisor").setAutoWidth(true);
        grid.addColumn(link -> DAY.format(link.startsOn())).setHeader("From").setAutoWidth(true);
        grid.addColumn(SupervisionSection::lastDay).setHeader("Until").setAutoWidth(true);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    /** The link's last day in words; its stored end is the first day it no longer holds. */
    private static String lastDay(SupervisionLink link) {
        if (link.endsOn() == null) {
            return "now";
        }
        return link.endsOn().equals(link.startsOn()) ? "ended before it began"
                : DAY.format(link.endsOn().minusDays(1));
    }
}
