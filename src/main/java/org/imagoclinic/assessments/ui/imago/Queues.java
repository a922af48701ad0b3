package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.imagoclinic.assessments.NoteInQueue;

/** The home panels' lists of notes. */
final class Queues {

    private Queues() {
    }

    static VerticalLayout panel(String id, Component heading) {
        VerticalLayout panel = new VerticalLayout(heading);
        panel.setId(id);
        panel.setPadding(false);
        return panel;
    }

    /**
     * An empty queue as one line of text rather than an empty grid: a grid costs every signed-in
     * UI tens of kilobytes of server memory for as long as the home page stays open (docs/benchmarks.md).
     */
    static Paragraph nothingQueued(String text) {
        Paragraph nothing = new Paragraph(text);
        nothing.addClassName("queue-empty");
        return nothing;
    }

    static Grid<NoteInQueue> grid(List<NoteInQueue> items, String empty) {
        Grid<NoteInQueue> grid = new Grid<>();
        grid.addColumn(NoteInQueue::sessionOn).setHeader("Session").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NoteInQueue::coupleName).setHeader("Couple").setAutoWidth(true);
        grid.addColumn(entry -> entry.joint() ? "Joint" : "Individual").setHeader("Kind").setAutoWidth(true);
        grid.addColumn(NoteInQueue::authorName).setHeader("Therapist").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(empty);
        grid.setItems(items);
        return grid;
    }
}
