package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalCredentials;
import org.imagoclinic.portal.PortalCredentials.AppSetup;
import org.imagoclinic.portal.PortalCredentials.Status;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * A partner's own sign-in (ADR 0055): add or change a password, add an authenticator app so that a link
 * or password alone no longer signs in, or switch the app off. Phone first.
 */
@Route(value = "portal/your-sign-in", autoLayout = false)
@PageTitle("Your sign-in · Your portal · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalYourSignInView extends VerticalLayout implements BeforeEnterObserver {

    private final PortalSession session;
    private final PortalCredentials credentials;

    PortalYourSignInView(PortalSession session, PortalCredentials credentials) {
        this.session = session;
        this.credentials = credentials;
        PortalPage.phoneFirst(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (PortalPage.partnerIn(session, event)) {
            fill();
        }
    }

    private void fill() {
        removeAll();
        Status status = credentials.mine();
        add(PortalPage.homeLink(), new H1("Your sign-in"), new Paragraph("A link by email always works. A password lets "
                + "you in without waiting for a mail; a code from an app on your phone makes sure that nobody else gets "
                + "in with your email or your password."), passwordSection(status), appSection(status));
    }

    private VerticalLayout passwordSection(Status status) {
        PasswordField current = new PasswordField("Current password");
        current.setId("portal-current-password");
        current.setWidthFull();
        current.setVisible(status.password());
        PasswordField password = new PasswordField(status.password() ? "New password" : "Password");
        password.setId("portal-new-password");
        password.setWidthFull();
        password.setHelperText("At least 12 characters; a few words you will remember are fine.");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeated = new PasswordField("The same again");
        repeated.setId("portal-repeated-password");
        repeated.setWidthFull();
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = new Button(status.password() ? "Change my password" : "Add a password", click -> {
            if (Feedback.attempt(() -> credentials.setPassword(current.getValue(), password.getValue(), repeated.getValue()),
                    Map.of("current", current, "password", password, "repeated", repeated))) {
                Feedback.done("Your password is saved: sign in with it or with a link.");
                fill();
            }
        });
        save.setId("portal-save-password");
        save.setWidthFull();
        VerticalLayout section = new VerticalLayout(new H2("Password"), new Paragraph(status.password()
                ? "You have a password." : "You have no password yet."), current, password, repeated, save);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout appSection(Status status) {
        VerticalLayout section = new VerticalLayout(new H2("Code from an app"));
        section.setPadding(false);
        TextField code = new TextField("Code the app shows now");
        code.setId("portal-app-code");
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        if (status.secondFactor()) {
            Button off = new Button("Switch the code off", click -> {
                if (Feedback.attempt(() -> credentials.turnOffSecondFactor(code.getValue()), Map.of("code", code))) {
                    Feedback.done("Signing in asks for no code now.");
                    fill();
                }
            });
            off.setId("portal-app-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            section.add(new Paragraph("On: signing in asks for the code your app shows. To switch it off, type a code "
                    + "from the app. Lost your phone? The front desk can switch it off for you."), code, off);
            return section;
        }
        Button start = new Button("Add an app", click -> {
            AppSetup setup = credentials.startSecondFactor();
            section.removeAll();
            section.add(new H2("Code from an app"), appSteps(setup, code));
        });
        start.setId("portal-app-start");
        section.add(new Paragraph("Off. You need an authenticator app on your phone (for example Google Authenticator, "
                + "Microsoft Authenticator or the one built into your phone's passwords)."), start);
        return section;
    }

    private VerticalLayout appSteps(AppSetup setup, TextField code) {
        Anchor open = new Anchor();
        // our own otpauth:// link, which Vaadin does not count among safe schemes: authenticator apps open it
        open.setUnsafeHref(setup.link());
        open.setText("Open in my authenticator app");
        open.setId("portal-app-link");
        Paragraph key = new Paragraph("Or type this key into the app: " + setup.key());
        key.setId("portal-app-key");
        key.getStyle().set("overflow-wrap", "anywhere");
        Button confirm = new Button("Switch the code on", click -> {
            if (Feedback.attempt(() -> credentials.confirmSecondFactor(code.getValue()), Map.of("code", code))) {
                Feedback.done("Done: from now on signing in asks for the code your app shows.");
                fill();
            }
        });
        confirm.setId("portal-app-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        VerticalLayout steps = new VerticalLayout(new Paragraph("1. On this phone, open the link below; on a computer, "
                + "type the key into the app on your phone."), open, key,
                new Paragraph("2. Type the six digits the app now shows for Imago Clinic."), code, confirm);
        steps.setPadding(false);
        return steps;
    }
}
