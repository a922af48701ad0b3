package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.clients.Couple;

/**
 * The couple's notes by session, newest first: every completed session, with its note's state
 * ("Not written yet" until one is started), then any note from before notes were tied to sessions.
 * A row opens its note, or starts it.
 */
class NotesBySession extends VerticalLayout {

    private final NoteSessions sessions;
    final Grid<NoteSessions.Row> grid = new Grid<>();
    private boolean linkOpened;

    NotesBySession(NoteSessions sessions) {
        this.sessions = sessions;
        Couple couple = sessions.couple;
        setPadding(false);
        Paragraph help = new Paragraph("A note belongs to its session: pick a session to write, sign or read its note.");
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        grid.setId("notes-by-session");
        grid.addColumn(row -> row.session() == null ? sessions.label(row.note()) : sessions.label(row.session()))
                .setHeader("Session").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.note() == null ? "Not written yet" : row.note().status().label())
                .setHeader("Note").setAutoWidth(true);
        grid.addColumn(row -> row.note() == null || row.note().draft().content() == null ? ""
                : NotesPart.first(row.note().draft().content())).setHeader("Says").setFlexGrow(1);
        grid.addColumn(row -> row.note() == null ? "" : row.note().authorName()).setHeader("Author").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No completed sessions yet: a note falls due when a session of " + couple.displayName()
                + " is completed.");
        grid.addItemClickListener(click -> open(click.getItem()));
        add(help, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(sessions.bySession());
    }

    /** Opens the note of the row's session, or a new note for it. */
    void open(NoteSessions.Row row) {
        SessionNote note = row.note() == null ? null : sessions.notes.get(row.note().id(), true);
        new NoteDialog(sessions, note, row.session(), this::refresh).open();
    }

    /** The session a link names opens once, when the tab is first shown. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (linkOpened) {
            return;
        }
        linkOpened = true;
        UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("session").ifPresent(id -> {
            List<NoteSessions.Row> rows = grid.getGenericDataView().getItems().toList();
            rows.stream().filter(row -> row.session() != null && row.session().id().toString().equals(id))
                    .findFirst().ifPresent(this::open);
        });
    }
}
