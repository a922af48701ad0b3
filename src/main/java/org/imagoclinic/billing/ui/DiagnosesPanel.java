package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.imagoclinic.billing.Diagnoses;
import org.imagoclinic.billing.Diagnosis;
import org.imagoclinic.billing.NewDiagnosis;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The care team's view of each partner's diagnoses for superbills: the list, a form to record one
 * (ICD-10 code and its wording) and an end date for one that no longer applies. Only for clinicians
 * who may see the couple's clinical records; the service checks again and audits.
 */
class DiagnosesPanel extends VerticalLayout {

    /** The code domain knowledge suggests for relationship distress, with its ICD-10 wording. */
    private static final String RELATIONSHIP_DISTRESS = "Z63.0";
    private static final String RELATIONSHIP_DISTRESS_WORDING = "Problems in relationship with spouse or partner";

    private final Couple couple;
    private final Diagnoses diagnoses;
    private final LocalDate today;

    DiagnosesPanel(Couple couple, Diagnoses diagnoses, LocalDate today) {
        this.couple = couple;
        this.diagnoses = diagnoses;
        this.today = today;
        setPadding(false);
        fill();
    }

    private void fill() {
        removeAll();
        add(new H4("Diagnoses for superbills"), new Paragraph("Each partner's superbill shows that partner's diagnoses "
                + "only. The front desk sees them only printed on a superbill it issues."));
        Grid<Diagnosis> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> partnerName(d)).setHeader("Partner").setAutoWidth(true);
        grid.addColumn(Diagnosis::code).setHeader("ICD-10").setAutoWidth(true);
        grid.addColumn(Diagnosis::description).setHeader("Diagnosis");
        grid.addColumn(d -> Shown.day(d.since())).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(d -> d.endedOn() != null ? new Paragraph("ended " + Shown.day(d.endedOn()))
                : end(d)).setHeader("").setAutoWidth(true);
        grid.setItems(diagnoses.ofCouple(couple.id()));
        grid.setEmptyStateText("No diagnosis recorded.");
        add(grid, form());
    }

    private HorizontalLayout form() {
        ComboBox<Partner> partner = new ComboBox<>("Partner");
        partner.setItems(couple.partnerA(), couple.partnerB());
        partner.setItemLabelGenerator(Partner::displayName);
        TextField code = new TextField("ICD-10 code");
        code.setPlaceholder(RELATIONSHIP_DISTRESS);
        code.setMaxLength(8);
        code.setWidth("8em");
        TextField description = new TextField("Diagnosis");
        description.setWidth("24em");
        code.addValueChangeListener(change -> {
            if (change.getValue().strip().equalsIgnoreCase(RELATIONSHIP_DISTRESS) && description.isEmpty()) {
                description.setValue(RELATIONSHIP_DISTRESS_WORDING);
            }
        });
        DatePicker since = new DatePicker("Since", today);
        since.setMax(today);
        Button record = new Button("Record diagnosis", click -> {
            if (Feedback.attempt(() -> diagnoses.record(couple.id(), new NewDiagnosis(
                            partner.getValue() == null ? null : partner.getValue().personId(), code.getValue(),
                            description.getValue(), since.getValue())),
                    Map.of("personId", partner, "code", code, "description", description, "since", since))) {
                Feedback.done("Diagnosis recorded.");
                fill();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(partner, code, description, since, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Button end(Diagnosis diagnosis) {
        Button end = new Button("No longer applies", click -> {
            if (Feedback.attempt(() -> diagnoses.end(diagnosis.id(), today), Map.of())) {
                Feedback.done("Diagnosis " + diagnosis.code() + " ended today.");
                fill();
            }
        });
        end.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return end;
    }

    private String partnerName(Diagnosis diagnosis) {
        return couple.partnerA().personId().equals(diagnosis.personId()) ? couple.partnerA().displayName()
                : couple.partnerB().displayName();
    }
}
