package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;

/**
 * The couple page's "Notes" tab: each completed session with its note. A link may name the session
 * whose note to open ({@code couples/<id>?tab=notes&session=<appointment id>}), as My day's
 * "Write the note" does.
 */
@org.springframework.stereotype.Component
class NotesTab implements CoupleTab {

    private final Couples couples;
    private final SessionNotes notes;
    private final ImagoRecords records;
    private final Appointments appointments;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotesTab(Couples couples, SessionNotes notes, ImagoRecords records, Appointments appointments, CurrentUser currentUser,
             Clock clock) {
        this.couples = couples;
        this.notes = notes;
        this.records = records;
        this.appointments = appointments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Notes";
    }

    @Override
    public int order() {
        return 112;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SESSION_NOTE;
    }

    @Override
    public Component content(UUID coupleId) {
        return new NotesBySession(new NoteSessions(couples.get(coupleId), notes, records, appointments, currentUser, clock));
    }
}
