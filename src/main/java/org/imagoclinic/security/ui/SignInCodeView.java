package org.imagoclinic.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.imagoclinic.security.internal.AccountLockedException;
import org.imagoclinic.security.internal.TwoFactorService;
import org.imagoclinic.security.internal.TwoFactorService.CodeCheck;

/** The second step of signing in, after a right password: the code from the person's authenticator app (ADR 0034). */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Two-factor code · Imago Clinic")
@PermitAll
class SignInCodeView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = org.imagoclinic.shared.ui.components.ClinicFormat.TIME.formatter();

    private final TextField code = new TextField("Code");
    private final Button verify = new Button("Sign in");
    private final transient TwoFactorService twoFactor;

    SignInCodeView(TwoFactorService twoFactor, AuthenticationContext authentication, Clock clock) {
        this.twoFactor = twoFactor;
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        code.setHelperText("The six digits your authenticator app shows for Imago Clinic, or one of your recovery codes.");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidth("20rem");
        code.focus();
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(click -> verify(twoFactor, clock));
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1("Imago Clinic"), new Paragraph("Your password was right. Two-factor sign-in is on for your account: "
                + "type the code from your app."), code, verify, signOut);
    }

    /** Someone whose sign-in is complete (or who signed in without a second factor) has no code to give. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!twoFactor.codeAwaited()) {
            event.forwardTo("");
        }
    }

    private void verify(TwoFactorService twoFactor, Clock clock) {
        CodeCheck check;
        try {
            check = twoFactor.completeSignIn(code.getValue());
        } catch (AccountLockedException locked) {
            code.setErrorMessage("Too many wrong codes or passwords: sign-in is locked until "
                    + TIME.format(locked.lockedUntil().atZone(clock.getZone())) + ".");
            code.setInvalid(true);
            verify.setEnabled(false);
            return;
        }
        if (!check.accepted()) {
            code.setErrorMessage("That code is not right, or was used already. Type the code your app shows now.");
            code.setInvalid(true);
            return;
        }
        if (check.recoveryCode()) {
            Notification.show("You signed in with a recovery code; " + check.recoveryCodesLeft() + " left. Set up "
                    + "two-factor sign-in again if your phone is lost.", 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
