package org.imagoclinic.assessments.ui.imago;

import java.util.Optional;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.MenuCount;
import org.springframework.stereotype.Component;

/** The number of notes in the signed-in supervisor's co-sign queue, beside its menu entry. */
@Component
class CoSignQueueCount implements MenuCount {

    private final SessionNotes notes;
    private final CurrentUser currentUser;

    CoSignQueueCount(SessionNotes notes, CurrentUser currentUser) {
        this.notes = notes;
        this.currentUser = currentUser;
    }

    @Override
    public String route() {
        return "co-sign";
    }

    @Override
    public Optional<Integer> forSignedInUser() {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty() || !account.get().hasRole(Roles.SUPERVISOR)) {
            return Optional.empty();
        }
        return Optional.of(notes.coSignQueueSize());
    }

    @Override
    public String describe(int count) {
        return count + (count == 1 ? " note waits" : " notes wait") + " for your co-signature";
    }
}
