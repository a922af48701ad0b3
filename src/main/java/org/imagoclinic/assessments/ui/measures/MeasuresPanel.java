package org.imagoclinic.assessments.ui.measures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.MeasureDue;
import org.imagoclinic.assessments.MeasureOccasion;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ui.components.Feedback;

/** The couple page's measures: what is due, entering one, the administrations, and the outcomes. */
class MeasuresPanel extends VerticalLayout {

    private final UUID coupleId;
    private final MeasuresServices services;
    private final Map<UUID, Partner> partners;
    private final Div due = new Div();
    private final Grid<Administration> list = new Grid<>();
    private final Div outcomes = new Div();

    MeasuresPanel(Couple couple, MeasuresServices services, Clock clock) {
        this.coupleId = couple.id();
        this.services = services;
        this.partners = List.of(couple.partnerA(), couple.partnerB()).stream()
                .collect(Collectors.toMap(Partner::personId, Function.identity()));
        setPadding(false);
        outcomes.setWidthFull();
        configureList();
        EntrySection entry = new EntrySection(coupleId, List.of(couple.partnerA(), couple.partnerB()),
                services.catalogue().instruments(), services.administrations(), services.kiosk(), clock, this::refresh);
        add(due, entry, new H4("Administrations"), list, outcomes);
        refresh();
    }

    private void refresh() {
        showDue(services.due().dueOf(coupleId));
        list.setItems(services.administrations().administrationsOf(coupleId).reversed());
        outcomes.removeAll();
        outcomes.add(new OutcomeSection(services.outcomes().outcomesOf(coupleId)));
    }

    private void showDue(List<MeasureDue> dueNow) {
        due.removeAll();
        UnorderedList items = new UnorderedList();
        items.setId("measures-due");
        dueNow.forEach(measure -> items.add(new ListItem(measure.description() + " (due since " + Show.day(measure.dueFrom())
                + "): " + String.join(" and ", measure.partnersMissing()) + " to answer")));
        due.add(new H4("Due"), dueNow.isEmpty() ? Show.muted("Nothing due now.") : items);
        if (dueNow.stream().noneMatch(measure -> measure.occasion() == MeasureOccasion.CLOSING)) {
            Button closing = new Button("The ending is planned: make the closing measure due", click -> planClosing());
            closing.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            due.add(new Div(closing));
        }
    }

    private void planClosing() {
        try {
            services.due().planClosingMeasure(coupleId);
            refresh();
        } catch (ConflictException noEpisode) {
            Feedback.problem(noEpisode.getMessage());
        }
    }

    private void configureList() {
        list.addColumn(administration -> Show.day(administration.administeredOn())).setHeader("Answered on").setAutoWidth(true);
        list.addColumn(administration -> partners.containsKey(administration.partnerId())
                ? partners.get(administration.partnerId()).displayName() : "").setHeader("Partner");
        list.addColumn(Administration::instrumentCode).setHeader("Instrument").setAutoWidth(true);
        list.addColumn(Administration::score).setHeader("Score").setAutoWidth(true);
        list.addColumn(administration -> administration.clinicalRange() ? "Clinical range" : "")
                .setHeader("Range").setAutoWidth(true);
        list.addColumn(administration -> administration.enteredVia().label() + ", " + administration.enteredBy())
                .setHeader("Entered");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.setAllRowsVisible(true);
        list.setEmptyStateText("No measures yet.");
    }
}
