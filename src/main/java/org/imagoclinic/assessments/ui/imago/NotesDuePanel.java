package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
    private final Clock clock;

    NotesDuePanel(SessionNotes notes, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.currentUser = currentUser;
        this.clock = clock;
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
        return Optional.of(Queues.table("notes-due", "Notes due", notes.dueForMe(),
                "No notes due: every session has a signed note.", LocalDate.now(clock)));
    }
}
