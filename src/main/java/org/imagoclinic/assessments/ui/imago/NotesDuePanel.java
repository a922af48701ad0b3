package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

/** A therapist's "notes due" on the home page: notes to write, sign or answer after a return. */
@org.springframework.stereotype.Component
class NotesDuePanel implements HomePanel {

    private final SessionNotes notes;
    private final CurrentUser currentUser;

    NotesDuePanel(SessionNotes notes, CurrentUser currentUser) {
        this.notes = notes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty()
                || !(account.get().hasRole(Roles.THERAPIST) || account.get().hasRole(Roles.SUPERVISOR))) {
            return Optional.empty();
        }
        List<NoteInQueue> due = notes.dueForMe();
        VerticalLayout panel = Queues.panel("notes-due", new H3("Notes due"));
        if (due.isEmpty()) {
            panel.add(Queues.nothingQueued("No notes due: every session has a signed note."));
            return Optional.of(panel);
        }
        Grid<NoteInQueue> grid = Queues.grid(due, "No notes due: every session has a signed note.");
        grid.addColumn(entry -> entry.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(entry -> new Anchor("couples/" + entry.coupleId(), "Open the couple"))
                .setHeader("").setAutoWidth(true);
        panel.add(grid);
        return Optional.of(panel);
    }
}
