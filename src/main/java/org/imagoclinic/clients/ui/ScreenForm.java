package org.imagoclinic.clients.ui;

import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.ScreeningFlag;

/**
 * One partner's answers to the suitability screen, with a live note on what they mean: any current
 * concern holds the couple for a clinical decision before joint work.
 */
class ScreenForm extends FormLayout {

    final DatePicker screenedOn = new DatePicker("Screened on");
    final RadioButtonGroup<PartnerSlot> partner = new RadioButtonGroup<>("Whose answers (each partner is asked on their own)");
    final RadioButtonGroup<RiskStatus> violence = new RadioButtonGroup<>("Intimate-partner violence");
    final RadioButtonGroup<RiskStatus> coercion = new RadioButtonGroup<>(
            "Coercive control (controlling, threatening or isolating behaviour by the other partner)");
    final RadioButtonGroup<AffairStatus> affair = new RadioButtonGroup<>("Affair");
    final RadioButtonGroup<RiskStatus> substance = new RadioButtonGroup<>("Substance dependence");
    final Checkbox acuteCrisis = new Checkbox("Acute crisis now (suicidality or a psychiatric crisis)");
    final TextField otherConcern = new TextField("Other concern");
    final Checkbox otherConcernCurrent = new Checkbox("This other concern needs review before joint work");
    final TextArea notes = new TextArea("Notes");
    final Paragraph meaning = new Paragraph();

    private final Binder<ScreenForm> binder = new Binder<>();

    /**
     * @param partnerNames partner A's name, then partner B's
     */
    ScreenForm(Clock clock, Map<PartnerSlot, String> partnerNames) {
        partner.setItems(PartnerSlot.values());
        partner.setItemLabelGenerator(partnerNames::get);
        coercion.setItems(RiskStatus.values());
        coercion.setItemLabelGenerator(RiskStatus::label);
        otherConcern.setMaxLength(InputLimits.LINE);
        notes.setMaxLength(InputLimits.TEXT);
        screenedOn.setValue(LocalDate.now(clock));
        screenedOn.setMax(LocalDate.now(clock));
        screenedOn.setMin(PlausibleDates.earliest());
        violence.setItems(RiskStatus.values());
        violence.setItemLabelGenerator(RiskStatus::label);
        affair.setItems(AffairStatus.values());
        affair.setItemLabelGenerator(AffairStatus::label);
        substance.setItems(RiskStatus.values());
        substance.setItemLabelGenerator(RiskStatus::label);
        meaning.setId("screen-meaning");
        // the binder only validates; answers() reads the fields
        binder.forField(partner).asRequired("Say whose answers these are.")
                .bind(form -> partner.getValue(), (form, value) -> { });
        binder.forField(violence).asRequired("Answer the question on intimate-partner violence.")
                .bind(form -> violence.getValue(), (form, value) -> { });
        binder.forField(coercion).asRequired("Answer the question on coercive control.")
                .bind(form -> coercion.getValue(), (form, value) -> { });
        binder.forField(affair).asRequired("Answer the question on an affair.")
                .bind(form -> affair.getValue(), (form, value) -> { });
        binder.forField(substance).asRequired("Answer the question on substance dependence.")
                .bind(form -> substance.getValue(), (form, value) -> { });
        binder.forField(otherConcern).withValidator(PartnerForm.rule(text -> otherConcernCurrent.getValue()
                        && (text == null || text.isBlank()) ? Optional.of("Describe the other concern that needs review.")
                        : Optional.empty()))
                .bind(form -> otherConcern.getValue(), (form, value) -> { });
        violence.addValueChangeListener(change -> explain());
        coercion.addValueChangeListener(change -> explain());
        affair.addValueChangeListener(change -> explain());
        substance.addValueChangeListener(change -> explain());
        acuteCrisis.addValueChangeListener(change -> explain());
        otherConcernCurrent.addValueChangeListener(change -> explain());
        add(partner, screenedOn, violence, coercion, affair, substance, acuteCrisis, otherConcern, otherConcernCurrent,
                notes, meaning);
        setColspan(partner, 2);
        setColspan(coercion, 2);
        setColspan(notes, 2);
        setColspan(meaning, 2);
        explain();
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    NewScreen answers() {
        return new NewScreen(screenedOn.getValue(), partner.getValue(), violence.getValue(), coercion.getValue(),
                affair.getValue(), substance.getValue(), acuteCrisis.getValue(), otherConcern.getValue(),
                otherConcernCurrent.getValue(), notes.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.of("partner", partner, "screenedOn", screenedOn, "intimatePartnerViolence", violence,
                "coerciveControl", coercion, "affair", affair, "substanceDependence", substance,
                "otherConcern", otherConcern, "notes", notes);
    }

    private void explain() {
        var flags = answers().currentFlags();
        meaning.setText(flags.isEmpty() ? "Nothing in these answers holds the couple: joint work may go ahead."
                : "These answers hold the couple in screening review (" + flags.stream().map(ScreeningFlag::label)
                        .collect(Collectors.joining(", ")) + "): no joint session can be booked until a therapist or "
                        + "supervisor on the care team records a decision.");
    }
}
