package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.imagoclinic.shared.InputLimits;

/**
 * Offered to the front desk and administrators when a booking or move is refused only for working
 * hours or time off: says why, and makes it anyway once a reason is given (the reason is audited).
 */
class OverrideDialog extends Dialog {

    private final TextField reason = new TextField("Reason for the exception");

    /**
     * @param refusal what the rule says, e.g. "Dr Lee doesn't work on Sundays."
     * @param action e.g. "Move anyway"
     * @param retry makes the change with the reason; whether it succeeded
     */
    OverrideDialog(String refusal, String action, Predicate<String> retry) {
        reason.setMaxLength(InputLimits.LINE);
        setHeaderTitle("Outside working hours");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setPlaceholder("e.g. the only evening both partners can come");
        add(new Paragraph(refusal), reason);
        Button anyway = new Button(action, click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Give a reason for the exception: it is kept in the audit trail.");
                reason.setInvalid(true);
                return;
            }
            if (retry.test(reason.getValue().strip())) {
                close();
            }
        });
        anyway.setId("override-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Don't", click -> close());
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(keep, anyway);
    }
}
