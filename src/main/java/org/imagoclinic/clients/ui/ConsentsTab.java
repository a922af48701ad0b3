package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.Consent;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.ui.tabs.CoupleChanged;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/** Each partner's consents as they stand, every change with its day and who recorded it, and recording new ones. */
@SpringComponent
class ConsentsTab implements CoupleTab {

    private final Couples couples;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConsentsTab(Couples couples, CurrentUser currentUser, Clock clock) {
        this.couples = couples;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Consents";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        Grid<ConsentKind> current = new Grid<>();
        current.setId("consents-in-force");
        current.addColumn(ConsentKind::label).setHeader("Consent to");
        current.addColumn(kind -> state(couple, kind, PartnerSlot.A)).setHeader(couple.partnerA().displayName());
        current.addColumn(kind -> state(couple, kind, PartnerSlot.B)).setHeader(couple.partnerB().displayName());
        current.setItems(ConsentKind.values());
        current.setAllRowsVisible(true);
        current.addThemeVariants(GridVariant.LUMO_COMPACT);

        Grid<Consent> history = new Grid<>();
        history.addColumn(consent -> Ui.day(consent.decidedOn())).setHeader("Day").setAutoWidth(true);
        history.addColumn(consent -> couple.partner(consent.partner()).displayName()).setHeader("Partner");
        history.addColumn(consent -> consent.kind().label()).setHeader("Consent to");
        history.addColumn(consent -> consent.given() ? "Given" : "Withdrawn").setHeader("");
        history.addColumn(consent -> consent.recordedBy() + ", " + Ui.when(consent.recordedAt(), clock.getZone()))
                .setHeader("Recorded by");
        history.setItems(couple.consents());
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No consent recorded yet: record the consents the partners have signed.");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);

        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.THERAPIST)
                || me.hasRole(Roles.SUPERVISOR)).orElse(false)) {
            layout.add(new Button("Record consents", click -> record(couple, layout)));
        }
        layout.add(current, new H3("History"), history);
        return layout;
    }

    private String state(Couple couple, ConsentKind kind, PartnerSlot slot) {
        return couple.consentInForce(kind, slot)
                .map(consent -> (consent.given() ? "Given " : "Withdrawn ") + Ui.day(consent.decidedOn()))
                .orElse("Not recorded");
    }

    private void record(Couple couple, Component anchor) {
        ConsentsForm form = new ConsentsForm(clock, couple.partnerA().displayName(), couple.partnerB().displayName(),
                (kind, slot) -> couple.consentInForce(kind, slot).map(Consent::given).orElse(false));
        new FormDialog("Record consents", form, "Save", () -> {
            List<ConsentEntry> changes = form.entries();
            if (changes.isEmpty()) {
                Feedback.problem("Nothing changed: tick or untick a consent first.");
                return false;
            }
            return Feedback.attempt(() -> {
                couples.recordConsents(couple.id(), changes);
                Feedback.done("Consents recorded.");
                CoupleChanged.fire(anchor);
            }, Map.of("consents[0].on", form.on));
        }).open();
    }
}
