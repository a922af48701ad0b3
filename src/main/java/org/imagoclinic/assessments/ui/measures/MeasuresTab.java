package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.RecordKind;

/**
 * The couple page's "Measures" tab, for the couple's care team (and their supervisors, and
 * break-glass): the services refuse everyone else, and the page does not show them the tab.
 */
@org.springframework.stereotype.Component
class MeasuresTab implements CoupleTab {

    private final Couples couples;
    private final MeasuresServices services;
    private final Clock clock;

    MeasuresTab(Couples couples, MeasuresServices services, Clock clock) {
        this.couples = couples;
        this.services = services;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Measures";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.MEASURE;
    }

    @Override
    public Component content(UUID coupleId) {
        return new MeasuresPanel(couples.get(coupleId), services, clock);
    }
}
