package org.imagoclinic.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.imagoclinic.security.internal.AccountLockedException;
import org.imagoclinic.security.internal.TwoFactorService;
import org.imagoclinic.security.internal.TwoFactorService.Enrolment;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;

/**
 * The signed-in person's two-factor sign-in (ADR 0034): set it up by scanning a QR code (or typing the
 * secret) into an authenticator app and confirming with its code, then keep the ten recovery codes
 * shown once; or turn it off with a current code or the password.
 */
@Route("two-factor")
@PageTitle("Two-factor sign-in · Imago Clinic")
@PermitAll
class TwoFactorView extends VerticalLayout {

    private final transient TwoFactorService twoFactor;

    TwoFactorView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        setMaxWidth("36rem");
        if (twoFactor.enrolled()) {
            showOn();
        } else {
            showOff();
        }
    }

    private void showOff() {
        removeAll();
        add(new H2("Two-factor sign-in"));
        if (twoFactor.enrolmentAwaited()) {
            add(new Paragraph("Your administrator requires two-factor sign-in for your account. Set it up to go on."));
        }
        add(new Paragraph("With two-factor sign-in, signing in asks for your password and a six-digit code from an "
                + "authenticator app on your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator)."));
        Button start = new Button("Set up two-factor sign-in", click -> showEnrolment(twoFactor.start()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(start);
    }

    private void showEnrolment(Enrolment enrolment) {
        removeAll();
        TextField code = codeField();
        Button confirm = new Button("Turn on", click -> confirm(code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        Span secret = new Span(enrolment.secret().replaceAll("(.{4})", "$1 ").trim());
        secret.addClassName("two-factor-secret");
        secret.getStyle().set("font-family", "monospace");
        add(new H2("Set up two-factor sign-in"),
                new Paragraph("1. Scan this code with your authenticator app."),
                QrCodeImage.of(enrolment.otpauthUri(), "QR code for your authenticator app"),
                new Paragraph("Can't scan it? Add an account in the app by hand, time-based, with this key:"), secret,
                new Paragraph("2. Type the six digits the app now shows for Imago Clinic."), code, confirm);
    }

    private void confirm(TextField code) {
        try {
            showRecoveryCodes(twoFactor.confirm(code.getValue()));
        } catch (InvalidInputException wrong) {
            code.setErrorMessage(wrong.getMessage());
            code.setInvalid(true);
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        UnorderedList list = new UnorderedList();
        codes.forEach(recovery -> list.add(new ListItem(recovery)));
        list.getStyle().set("font-family", "monospace");
        Button done = new Button("I have kept them", click -> getUI().ifPresent(ui -> ui.navigate("")));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Two-factor sign-in is on"), new Paragraph("Keep these recovery codes somewhere safe, away from your "
                + "phone. Each signs you in once if your phone is lost. They are shown only now."), list, done);
    }

    private void showOn() {
        removeAll();
        TextField code = codeField();
        PasswordField password = new PasswordField("or your password");
        password.setWidthFull();
        Button turnOff = new Button("Turn off two-factor sign-in", click -> turnOff(code, password));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2("Two-factor sign-in"), new Paragraph("Two-factor sign-in is on: signing in asks for a code from your "
                + "authenticator app. To turn it off, give a current code or your password."), code, password, turnOff);
    }

    private void turnOff(TextField code, PasswordField password) {
        code.setInvalid(false);
        password.setInvalid(false);
        try {
            twoFactor.turnOff(code.getValue(), password.getValue());
        } catch (InvalidInputException wrong) {
            HasValidation field = wrong.fieldErrors().containsKey("password") ? password : code;
            field.setErrorMessage(wrong.getMessage());
            field.setInvalid(true);
            return;
        } catch (AccountLockedException locked) {
            code.setErrorMessage("Too many wrong codes or passwords: try again later.");
            code.setInvalid(true);
            return;
        } catch (ConflictException alreadyOff) {
            // turned off in another tab meanwhile
        }
        Notification.show("Two-factor sign-in is off.", 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showOff();
    }

    private static TextField codeField() {
        TextField code = new TextField("Code from your app");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        return code;
    }
}
