package org.imagoclinic.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.ui.signin.PortalSignInView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The wall between portal and staff pages in the browser (ADR 0042), on every navigation: a partner
 * who opens a staff page (even one open to "every signed-in person") lands on the portal's start page;
 * anyone else who opens a portal page lands on the portal's sign-in page.
 */
@Component
class PortalBoundaryGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(PortalBoundaryGuard::check));
    }

    static void check(BeforeEnterEvent event) {
        boolean partner = isPartner(SecurityContextHolder.getContext().getAuthentication());
        if (!PortalBoundary.admits(event.getNavigationTarget(), partner)) {
            event.forwardTo(partner ? PortalHomeView.class : PortalSignInView.class);
        }
    }

    static boolean isPartner(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + PortalBoundary.PARTNER_ROLE));
    }
}
