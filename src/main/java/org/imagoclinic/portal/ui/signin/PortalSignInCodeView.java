package org.imagoclinic.portal.ui.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.imagoclinic.portal.PortalSignIn;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The second step of a partner's sign-in when they added an authenticator app (ADR 0055): after the
 * link or the password, the code the app shows. Until then nobody is signed in.
 */
@Route(value = "portal/signin/code", autoLayout = false)
@PageTitle("Code · Your portal · Imago Clinic")
@AnonymousAllowed
public class PortalSignInCodeView extends VerticalLayout implements BeforeEnterObserver {

    private final PortalSignIn signIn;
    private final TextField code = new TextField("Code from your app");
    private final Button verify = new Button("Sign in");

    PortalSignInCodeView(PortalSignIn signIn) {
        this.signIn = signIn;
        setMaxWidth("480px");
        setWidthFull();
        getStyle().set("margin", "0 auto").set("padding-top", "3.5rem");
        code.setId("portal-code");
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        verify.setId("portal-code-sign-in");
        verify.setWidthFull();
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(click -> {
            if (Feedback.attempt(() -> signIn.completeWithCode(code.getValue()), Map.of("code", code))) {
                UI.getCurrent().getPage().setLocation("/portal");
            }
        });
        add(new H1("Your portal"), new Paragraph("You added an app to your sign-in: type the six digits it shows now. "
                + "Lost your phone? Call the clinic: the front desk can switch the code off for you."), code, verify);
        LeaveQuickly.on(this);
    }

    /** Nothing waits for a code (it took too long, or no sign-in began here): back to the start. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!signIn.codeAwaited()) {
            event.forwardTo(PortalSignInView.class);
        }
    }
}
