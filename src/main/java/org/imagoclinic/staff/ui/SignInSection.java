package org.imagoclinic.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.imagoclinic.staff.SignInStatus;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;

/** A person's sign-in account: its state, and resetting the password or lifting a lock-out, each confirmed first. */
class SignInSection extends VerticalLayout {

    SignInSection(StaffDirectory directory, StaffMember member, Runnable refresh) {
        setPadding(false);
        add(new H3("Sign-in"));
        Optional<SignInStatus> status = directory.signInOf(member.id());
        if (status.isEmpty()) {
            add(new Paragraph("No sign-in account. Give them a role to create one."));
            return;
        }
        SignInStatus signIn = status.get();
        Paragraph state = new Paragraph("User name: " + signIn.username() + ". "
                + (!signIn.enabled() ? "Deactivated: can no longer sign in."
                : signIn.locked() ? "Locked for now after too many failed sign-ins." : "Can sign in."));
        state.setId("sign-in-state");
        add(state);
        if (!member.active()) {
            return;
        }
        Button reset = new Button("Reset password", click -> confirm("Reset the password of " + member.displayName() + "?",
                "Their current password stops working at once. You get a one-time password to hand over; they "
                        + "must change it at the next sign-in.", "Reset password",
                () -> new OneTimePasswordDialog("New password for " + member.displayName(),
                        directory.resetPassword(member.id()), refresh).open()));
        Button unlock = new Button("Unlock sign-in", click -> confirm("Unlock the sign-in of " + member.displayName() + "?",
                "They can try to sign in again at once instead of waiting for the lock-out to end.", "Unlock",
                () -> {
                    directory.unlock(member.id());
                    Notification.show("The sign-in of " + member.displayName() + " is unlocked.");
                    refresh.run();
                }));
        add(new HorizontalLayout(reset, unlock));
    }

    private static void confirm(String header, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(action);
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
    }
}
