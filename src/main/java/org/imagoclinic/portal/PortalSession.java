package org.imagoclinic.portal;

import java.util.Optional;
import java.util.UUID;

/**
 * The partner signed in to the portal, for the portal's own pages and endpoints. A staff member or
 * nobody is no partner; an account the clinic disabled is no longer one either, even in a session
 * that began before.
 */
public interface PortalSession {

    /** The signed-in partner, or empty. */
    Optional<SignedInPartner> current();

    /**
     * The signed-in partner.
     *
     * @throws org.springframework.security.access.AccessDeniedException when there is none
     */
    SignedInPartner require();

    /**
     * A partner signed in to the portal.
     *
     * @param calledName the preferred (or first) name, to greet them
     */
    record SignedInPartner(UUID accountId, UUID coupleId, UUID personId, String calledName) {
    }
}
