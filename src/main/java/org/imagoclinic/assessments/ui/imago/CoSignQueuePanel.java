package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.shared.ui.home.HomePanel;

/**
 * On a supervisor's home page, near the top: how many supervisees' notes wait for their co-signature, with
 * the way to the co-sign queue ({@link CoSignQueueView}).
 */
@org.springframework.stereotype.Component
class CoSignQueuePanel implements HomePanel {

    private final SessionNotes notes;
    private final CurrentUser currentUser;

    CoSignQueuePanel(SessionNotes notes, CurrentUser currentUser) {
        this.notes = notes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> content(SignedInUser user) {
        var account = currentUser.get();
        if (account.isEmpty() || account.get().staffId().isEmpty() || !account.get().hasRole(Roles.SUPERVISOR)) {
            return Optional.empty();
        }
        VerticalLayout panel = Queues.panel("co-sign-summary", new H3("Notes to co-sign"));
        int waiting = notes.coSignQueueSize();
        if (waiting == 0) {
            panel.add(Queues.nothingQueued(CoSignQueueView.EMPTY));
        } else {
            panel.add(new Paragraph(waiting + (waiting == 1 ? " note waits" : " notes wait") + " for your co-signature."),
                    new Anchor("co-sign", "Open the co-sign queue"));
        }
        return Optional.of(panel);
    }
}
