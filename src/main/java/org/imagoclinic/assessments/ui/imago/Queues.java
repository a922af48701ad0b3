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
import java.util.UUID;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.shared.ui.components.StaticHtml;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The home panels' queues: a therapist's notes due and follow-ups due, a supervisor's notes to co-sign
 * and course plans overdue for review.
 */
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

    /** A therapist's notes as a static queue, each with a link to its couple. */
    static Html table(String id, String heading, List<NoteInQueue> items, String empty, LocalDate today) {
        return table(id, heading, new String[] {"Session", "Couple", "Kind", "Therapist", "Status"},
                items.stream().map(entry -> new Row(entry.coupleId(), 1, List.of(Dates.day(entry.sessionOn()),
                        entry.coupleName(), entry.joint() ? "Joint" : "Individual", entry.authorName(),
                        status(entry, today)))).toList(), empty);
    }

    /** One row of a queue: its cells as text, the one at {@code coupleColumn} a link to the couple's page. */
    record Row(@Nullable UUID coupleId, int coupleColumn, List<String> cells) {
    }

    /**
     * A queue as a panel of static HTML: a heading and a table of the rows, or one line of text when
     * there are none. Nothing in it talks to the server, so it costs an open home page one node
     * instead of a grid's tens (docs/benchmarks.md).
     */
    static Html table(String id, String heading, String[] columns, List<Row> rows, String empty) {
        Element panel = new Element("div").id(id).addClass("home-panel");
        panel.appendElement("h3").text(heading);
        if (rows.isEmpty()) {
            panel.appendElement("p").addClass("queue-empty").text(empty);
            return StaticHtml.of(panel);
        }
        Element table = panel.appendElement("table").addClass("queue-table");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : columns) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (Row entry : rows) {
            Element row = body.appendElement("tr");
            for (int i = 0; i < entry.cells().size(); i++) {
                Element cell = row.appendElement("td");
                if (i == entry.coupleColumn()) {
                    cell.appendElement("a").attr("href", "couples/" + entry.coupleId()).text(entry.cells().get(i));
                } else {
                    cell.text(entry.cells().get(i));
                }
            }
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
