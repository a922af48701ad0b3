package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;

/**
 * A supervisor's co-sign queue as a page of its own, reached from the menu where the waiting notes are
 * counted: supervisees' signed notes, the longest-waiting first, each opened for review with its couple named.
 */
@Route("co-sign")
@PageTitle("Co-sign queue · Imago Clinic")
@Menu(title = "Co-sign queue", order = 18, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.SUPERVISOR)
class CoSignQueueView extends VerticalLayout {

    static final String EMPTY = "No notes waiting for your co-signature.";

    private final SessionNotes notes;
    private final Paragraph summary = new Paragraph();
    private final Grid<NoteInQueue> grid = Queues.grid(List.of(), EMPTY);
    private final LocalDate today;

    CoSignQueueView(SessionNotes notes, Couples couples, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.today = LocalDate.now(clock);
        setId("co-sign-queue");
        grid.addColumn(this::sinceTheSession).setHeader("Waiting").setAutoWidth(true);
        grid.addComponentColumn(entry -> new Button("Review", click -> new NoteDialog(couples.get(entry.coupleId()),
                notes.get(entry.noteId(), false), notes, currentUser, clock, this::refresh).open()))
                .setHeader("").setAutoWidth(true);
        add(new H2("Notes to co-sign"), summary, grid);
        refresh();
    }

    private void refresh() {
        List<NoteInQueue> waiting = notes.coSignQueue();
        grid.setItems(waiting);
        grid.setVisible(!waiting.isEmpty());
        summary.setText(waiting.isEmpty() ? EMPTY : waiting.size() + (waiting.size() == 1 ? " note waits" : " notes wait")
                + " for your co-signature, the longest-waiting first.");
    }

    /** "12 days since the session": how long the couple's record has been waiting. */
    private String sinceTheSession(NoteInQueue entry) {
        if (entry.sessionOn() == null) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(entry.sessionOn(), today);
        return days <= 0 ? "Session today" : days + (days == 1 ? " day" : " days") + " since the session";
    }
}
