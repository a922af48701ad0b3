package org.imagoclinic.assessments.ui.imago;

import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewFollowUp;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;

/** Records whether the partner gave the behaviour change request they chose. */
class FollowUpDialog extends Dialog {

    final RadioButtonGroup<FollowUpOutcome> outcome = new RadioButtonGroup<>("Was the chosen request given?");
    final RadioButtonGroup<Integer> chosen = new RadioButtonGroup<>("Which request did the partner choose?");
    final DatePicker on = new DatePicker("Followed up on");
    final TextArea note = new TextArea("Note");

    FollowUpDialog(ImagoRecord request, ImagoRecords records, LocalDate today, Runnable onSaved) {
        note.setMaxLength(InputLimits.TEXT);
        BehaviourChangeRequest bcr = request.as(BehaviourChangeRequest.class);
        setHeaderTitle("Follow-up: " + bcr.frustration());
        outcome.setItems(FollowUpOutcome.values());
        outcome.setItemLabelGenerator(FollowUpOutcome::label);
        chosen.setItems(1, 2, 3);
        chosen.setItemLabelGenerator(number -> bcr.requests().get(number - 1).text());
        chosen.setVisible(bcr.chosen() == null);
        on.setValue(today);
        on.setMin(PlausibleDates.earliest());
        on.setMax(today);
        note.setWidthFull();
        add(chosen, outcome, on, note);
        Button save = new Button("Save", click -> {
            try {
                records.followUp(request.coupleId(), request.id(),
                        new NewFollowUp(outcome.getValue(), on.getValue(), note.getValue(), chosen.getValue()));
            } catch (InvalidInputException invalid) {
                invalid.fieldErrors().forEach((field, message) -> {
                    com.vaadin.flow.component.HasValidation target = switch (field) {
                        case "chosen" -> chosen;
                        case "followedUpOn" -> on;
                        default -> outcome;
                    };
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                });
                return;
            } catch (BusinessRuleException rule) {
                chosen.setErrorMessage(rule.getMessage());
                chosen.setInvalid(true);
                return;
            }
            Notification.show("Follow-up recorded.");
            close();
            onSaved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
