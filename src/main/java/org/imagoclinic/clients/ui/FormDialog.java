package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/** A dialog around a form: Save runs the action and closes only when it succeeded, keeping the form otherwise. */
class FormDialog extends Dialog {

    FormDialog(String title, Component form, String saveLabel, BooleanSupplier save) {
        setHeaderTitle(title);
        setWidth("40rem");
        add(form);
        Button confirm = new Button(saveLabel, click -> {
            if (save.getAsBoolean()) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }
}
