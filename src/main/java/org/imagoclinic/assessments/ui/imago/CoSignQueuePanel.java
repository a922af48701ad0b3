package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

/** A supervisor's co-sign queue on the home page: supervisees' signed notes to co-sign or return. */
@org.springframework.stereotype.Component
class CoSignQueuePanel implements HomePanel {

    private final SessionNotes notes;
    private final Couples couples;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoSignQueuePanel(SessionNotes notes, Couples couples, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.couples = couples;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty() || !account.get().hasRole(Roles.SUPERVISOR)) {
            return Optional.empty();
        }
        VerticalLayout panel = Queues.panel("co-sign-queue", new H3("Notes to co-sign"));
        List<NoteInQueue> waiting = notes.coSignQueue();
        if (waiting.isEmpty()) {
            panel.add(Queues.nothingQueued("No notes waiting for your co-signature."));
            return Optional.of(panel);
        }
        Grid<NoteInQueue> grid = Queues.grid(List.of(), "No notes waiting for your co-signature.");
        grid.addComponentColumn(entry -> new Button("Review", click -> new NoteDialog(couples.get(entry.coupleId()),
                notes.get(entry.noteId(), false), notes, currentUser, clock,
                () -> grid.setItems(notes.coSignQueue())).open())).setHeader("").setAutoWidth(true);
        grid.setItems(waiting);
        panel.add(grid);
        return Optional.of(panel);
    }
}
