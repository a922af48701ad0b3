package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/** The couple's session notes on the record shown, and writing a new one. */
class NotesPart extends VerticalLayout {

    private final NoteSessions sessions;
    final Grid<SessionNote> grid = new Grid<>();
    final Button write;
    private @Nullable UUID partnerId;

    NotesPart(NoteSessions sessions) {
        this.sessions = sessions;
        Couple couple = sessions.couple;
        setPadding(false);
        grid.addColumn(note -> Dates.day(note.sessionOn())).setHeader("Session").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(note -> note.joint() ? "Joint" : "Individual: " + Partners.name(couple, note.partnerId()))
                .setHeader("Session kind").setAutoWidth(true);
        grid.addColumn(note -> note.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(note -> note.draft().content() == null ? "" : first(note.draft().content())).setHeader("Note")
                .setFlexGrow(1);
        grid.addColumn(SessionNote::authorName).setHeader("Author").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No session notes on this record.");
        grid.addItemClickListener(click -> open(click.getItem().id()));
        write = new Button("Write a session note", click -> new NoteDialog(sessions, null, null, this::refresh).open());
        add(write, grid);
    }

    void show(@Nullable UUID partner) {
        this.partnerId = partner;
        refresh();
    }

    void refresh() {
        grid.setItems(sessions.notes.notesOf(sessions.couple.id(), partnerId, false));
    }

    void open(UUID noteId) {
        new NoteDialog(sessions, sessions.notes.get(noteId, true), null, this::refresh).open();
    }

    /** The first line of a note, cut at 90 characters: enough to recognise it in a list. */
    static String first(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 90 ? line.substring(0, 90) + "…" : line;
    }
}
