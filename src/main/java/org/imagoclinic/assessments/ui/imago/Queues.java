package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.jsoup.nodes.Element;

/** The home panels' lists of notes: a therapist's notes due, a supervisor's notes to co-sign. */
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

    /**
     * A therapist's queue as a panel of static HTML: a heading and a table of the notes with a link
     * to each couple, or one line of text when the queue is empty. Nothing in it talks to the server,
     * so it costs an open home page one node instead of a grid's tens (docs/benchmarks.md).
     */
    static Html table(String id, String heading, List<NoteInQueue> items, String empty, LocalDate today) {
        Element panel = new Element("div").id(id).addClass("home-panel");
        panel.appendElement("h3").text(heading);
        if (items.isEmpty()) {
            panel.appendElement("p").addClass("queue-empty").text(empty);
            return StaticHtml.of(panel);
        }
        Element table = panel.appendElement("table").addClass("queue-table");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : new String[] {"Session", "Couple", "Kind", "Therapist", "Status"}) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (NoteInQueue entry : items) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(Dates.day(entry.sessionOn()));
            row.appendElement("td").appendElement("a").attr("href", "couples/" + entry.coupleId()).text(entry.coupleName());
            row.appendElement("td").text(entry.joint() ? "Joint" : "Individual");
            row.appendElement("td").text(entry.authorName());
            row.appendElement("td").text(status(entry, today));
        }
        return StaticHtml.of(panel);
    }

    /** "Due, 3 days since the session": how long a note has waited says more than "Due". */
    static String status(NoteInQueue entry, LocalDate today) {
        if (entry.status() != NoteStatus.DUE || entry.sessionOn() == null) {
            return entry.status().label();
        }
        long days = ChronoUnit.DAYS.between(entry.sessionOn(), today);
        return days <= 0 ? "Due, session today" : "Due, " + days + (days == 1 ? " day" : " days") + " since the session";
    }

    static Grid<NoteInQueue> grid(List<NoteInQueue> items, String empty) {
        Grid<NoteInQueue> grid = new Grid<>();
        grid.addColumn(entry -> Dates.day(entry.sessionOn())).setHeader("Session").setAutoWidth(true).setFlexGrow(0);
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
