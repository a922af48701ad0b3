package org.imagoclinic.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.imagoclinic.security.internal.TwoFactorService;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.imagoclinic.security.internal.AccountService;
import org.imagoclinic.security.internal.AccountService.PasswordChangeProblem;

/** Lets a signed-in user change their password; the first sign-in with a one-time password lands here. */
@Route("password")
@PageTitle("Change password · Imago Clinic")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField fresh = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final TextField code = new TextField("Code from your authenticator app");

    ChangePasswordView(AccountService accounts, TwoFactorService twoFactor) {
        setMaxWidth("28rem");
        boolean required = accounts.passwordChangeRequired();
        add(new H2(required ? "Choose your own password" : "Change password"));
        if (required) {
            add(new Paragraph("You signed in with a one-time password. Choose a password of your own to go on."));
        }
        fresh.setHelperText("At least 12 characters and at most 72 bytes (72 plain letters); not your user name or email address.");
        current.setWidthFull();
        fresh.setWidthFull();
        repeated.setWidthFull();

        Button save = new Button("Change password", click -> save(accounts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(current, fresh, repeated);
        if (twoFactor.enrolled()) {
            code.setHelperText("Two-factor sign-in is on: the six digits your app shows now (or a recovery code).");
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setWidthFull();
            add(code);
        }
        add(save);
        if (!required) {
            add(new Paragraph(new Anchor("api-tokens", "API tokens"), new Text(": the programs that use the API with your sign-in.")));
        }
    }

    private void save(AccountService accounts) {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeated.setInvalid(false);
        code.setInvalid(false);
        if (!fresh.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two new passwords are not the same.");
            repeated.setInvalid(true);
            return;
        }
        Optional<PasswordChangeProblem> problem = accounts.changeOwnPassword(current.getValue(),
                fresh.getValue(), code.getValue());
        if (problem.isPresent()) {
            HasValidation field = switch (problem.get().field()) {
                case CURRENT -> current;
                case NEW -> fresh;
                case CODE -> code;
            };
            field.setErrorMessage(problem.get().message());
            field.setInvalid(true);
            return;
        }
        Notification.show("Your password has been changed.", 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
