package org.imagoclinic.shared.ui.components;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question asked before an action that cannot simply be taken back: a title that names the
 * action and its subject, a sentence on what will happen, the action as the red button and a
 * way out that changes nothing. Escape and the way-out button both leave everything as it was.
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Opens the question; {@code action} runs only when the person presses {@code confirmLabel}.
     *
     * @param title        e.g. "Record the Smiths as a no-show?"
     * @param consequence  what will happen, in plain words
     * @param confirmLabel the action, e.g. "Record no-show"
     * @param keepLabel    the way out, e.g. "Keep it"
     * @return the open dialog
     */
    public static ConfirmDialog ask(String title, String consequence, String confirmLabel, String keepLabel,
                                    Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setText(consequence);
        dialog.setConfirmText(confirmLabel);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(keepLabel);
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
