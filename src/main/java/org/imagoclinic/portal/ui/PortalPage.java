package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.ui.signin.LeaveQuickly;
import org.imagoclinic.portal.ui.signin.PortalSignInView;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/** What every portal page shares: one narrow column that fits a 390-pixel phone, and signing out. */
final class PortalPage {

    private PortalPage() {
    }

    /** A narrow column, below the "Leave quickly" button every portal page shows. */
    static void phoneFirst(VerticalLayout page) {
        page.setWidthFull();
        page.setMaxWidth("600px");
        page.getStyle().set("margin", "0 auto").set("padding-top", "3.5rem");
        LeaveQuickly.on(page);
    }

    /**
     * Whether a partner is signed in; if not, sends the visitor to the portal's sign-in page (a session
     * may end, or the account be disabled, between two pages).
     */
    static boolean partnerIn(PortalSession session, BeforeEnterEvent event) {
        if (session.current().isEmpty()) {
            event.forwardTo(PortalSignInView.class);
            return false;
        }
        return true;
    }

    /** Back to the portal's start page. */
    static RouterLink homeLink() {
        RouterLink home = new RouterLink("← Your portal", PortalHomeView.class);
        home.setId("portal-home-link");
        return home;
    }

    static Button signOutButton() {
        Button signOut = new Button("Sign out", click -> {
            new SecurityContextLogoutHandler().logout(VaadinServletRequest.getCurrent().getHttpServletRequest(), null, null);
            UI.getCurrent().getPage().setLocation("/portal/signin?signedout");
        });
        signOut.setId("portal-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return signOut;
    }
}
