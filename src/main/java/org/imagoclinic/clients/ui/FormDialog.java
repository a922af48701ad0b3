package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BooleanSupplier;

/**
 * A dialog around a form: Save runs the action and closes only when it succeeded, keeping the form otherwise.
 * Enter saves, unless the form has a multi-line text where Enter starts a new line; Escape closes.
 */
class FormDialog extends Dialog {

    FormDialog(String title, Component form, String saveLabel, BooleanSupplier save) {
        setHeaderTitle(title);
        setWidth("40rem");
        setMaxWidth("100%");
        add(form);
        Button confirm = new Button(saveLabel, click -> {
            if (save.getAsBoolean()) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!hasMultiLineText(form)) {
            confirm.addClickShortcut(Key.ENTER).listenOn(this);
        }
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    private static boolean hasMultiLineText(Component component) {
        return component instanceof TextArea || component.getChildren().anyMatch(FormDialog::hasMultiLineText);
    }
}
