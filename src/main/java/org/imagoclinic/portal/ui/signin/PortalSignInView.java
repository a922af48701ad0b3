package org.imagoclinic.portal.ui.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.imagoclinic.portal.PortalSignIn;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The portal's sign-in page (phone first): a partner asks for a one-time link by email. It explains a
 * link that no longer works (used, expired, unknown, account switched off) and offers a new one at once.
 */
@Route(value = "portal/signin", autoLayout = false)
@PageTitle("Sign in · Your portal · Imago Clinic")
@AnonymousAllowed
public class PortalSignInView extends VerticalLayout implements BeforeEnterObserver {

    private final PortalSignIn signIn;
    private final Paragraph explanation = new Paragraph();
    private final EmailField email = new EmailField("Your email address");
    private final Button send = new Button("Email me a sign-in link");
    private final Paragraph sent = new Paragraph();
    private final EmailField passwordEmail = new EmailField("Your email address");
    private final PasswordField password = new PasswordField("Your password");
    private final Button passwordSignIn = new Button("Sign in with my password");

    PortalSignInView(PortalSignIn signIn) {
        this.signIn = signIn;
        setMaxWidth("480px");
        setWidthFull();
        getStyle().set("margin", "0 auto");
        explanation.setId("portal-signin-explanation");
        email.setId("portal-email");
        email.setWidthFull();
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        send.setId("portal-send-link");
        send.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> requestLink());
        sent.setId("portal-link-sent");
        add(new H1("Your portal"), explanation, email, send, sent, passwordSection());
        LeaveQuickly.on(this);
        getStyle().set("padding-top", "3.5rem");
    }

    /** For a partner who added a password in their portal (ADR 0055); closed until opened, the link comes first. */
    private Details passwordSection() {
        passwordEmail.setId("portal-password-email");
        passwordEmail.setWidthFull();
        passwordEmail.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setId("portal-password");
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        passwordSignIn.setId("portal-password-sign-in");
        passwordSignIn.setWidthFull();
        passwordSignIn.addClickListener(click -> signInWithPassword());
        VerticalLayout fields = new VerticalLayout(passwordEmail, password, passwordSignIn);
        fields.setPadding(false);
        Details section = new Details("I added a password", fields);
        section.setId("portal-password-section");
        section.setWidthFull();
        return section;
    }

    private void signInWithPassword() {
        PortalSignIn.Step[] step = new PortalSignIn.Step[1];
        if (Feedback.attempt(() -> step[0] = signIn.signInWithPassword(passwordEmail.getValue(), password.getValue()),
                Map.of("email", passwordEmail, "password", password))) {
            // a full load: the page that follows is drawn for the sign-in just made
            UI.getCurrent().getPage().setLocation(step[0] == PortalSignIn.Step.CODE_AWAITED ? "/portal/signin/code" : "/portal");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String link = query.getOrDefault("link", List.of("")).getFirst();
        explanation.setText(switch (link) {
            case "used" -> "This sign-in link was used already: each link works once. Ask for a new one below.";
            case "expired" -> "This sign-in link has expired. Ask for a new one below; it comes at once.";
            case "disabled" -> "The clinic has switched this portal account off. Please call the clinic if you think "
                    + "this is a mistake.";
            case "unknown" -> "This sign-in link is not one of ours, or it was cut short in the email. Ask for a new one below.";
            default -> query.containsKey("signedout") ? "You are signed out."
                    : "Sign in with a link by email: no password to remember. Type the address the clinic invited.";
        });
    }

    private void requestLink() {
        sent.setText("");
        Duration[] validFor = new Duration[1];
        if (Feedback.attempt(() -> validFor[0] = signIn.requestLink(email.getValue()), Map.of("email", email))) {
            long minutes = validFor[0].toMinutes();
            sent.setText("If this address belongs to a portal account, a sign-in link is on its way. It works once, for "
                    + minutes + " minutes. Check your spam folder if it does not come.");
        }
    }
}
