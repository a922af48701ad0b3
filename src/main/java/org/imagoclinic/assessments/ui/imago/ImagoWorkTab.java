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
 * The couple page's "Imago work" tab, shown only to those the care-team rule lets see exercise
 * records (the services refuse everyone else anyway, and audit every read).
 */
@org.springframework.stereotype.Component
class ImagoWorkTab implements CoupleTab {

    private final Couples couples;
    private final ImagoRecords records;
    private final SessionNotes notes;
    private final CurrentUser currentUser;
    private final Appointments appointments;
    private final Clock clock;

    ImagoWorkTab(Couples couples, ImagoRecords records, SessionNotes notes, Appointments appointments,
                 CurrentUser currentUser, Clock clock) {
        this.appointments = appointments;
        this.couples = couples;
        this.records = records;
        this.notes = notes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Imago work";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.EXERCISE;
    }

    @Override
    public Component content(UUID coupleId) {
        return new ImagoWork(couples.get(coupleId), records, notes, appointments, currentUser, clock);
    }
}
