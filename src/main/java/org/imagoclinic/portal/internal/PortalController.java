package org.imagoclinic.portal.internal;

import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for a partner signed in to the portal (session from the one-time link; ADR 0042). Staff
 * credentials are refused here, as a partner's session is refused by every staff endpoint.
 */
@RestController
@RequestMapping("/api/portal")
class PortalController {

    private final PortalSession session;

    PortalController(PortalSession session) {
        this.session = session;
    }

    /** The signed-in partner: their portal account, couple and the name the portal greets them by. */
    @GetMapping("/me")
    SignedInPartner me() {
        return session.require();
    }
}
