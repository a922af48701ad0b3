package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BiConsumer;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/** Asks for an amount and the reason for it: an adjustment, a credit note, a refund. */
class AmountDialog extends Dialog {

    AmountDialog(String title, String explanation, @Nullable BigDecimal suggested, boolean askAmount,
                 BiConsumer<BigDecimal, String> action, Runnable done) {
        BigDecimalField amount = new BigDecimalField("Amount");
        amount.setValue(suggested);
        amount.setHelperText(explanation);
        amount.setVisible(askAmount);
        TextField reason = new TextField("Reason");
        reason.setWidthFull();
        setHeaderTitle(title);
        add(new FormLayout(amount, reason));
        Button confirm = new Button(title, click -> {
            if (Feedback.attempt(() -> action.accept(amount.getValue(), reason.getValue()),
                    Map.of("amount", amount, "percent", amount, "reason", reason))) {
                close();
                Feedback.done(title + ": done.");
                done.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
