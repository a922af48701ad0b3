package org.imagoclinic.portal.internal;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/** Who a portal sign-in is: the account and the partner it belongs to (kept in the web session). */
record PortalPrincipal(UUID accountId, UUID coupleId, UUID personId, String calledName) implements Principal, Serializable {

    @Override
    public String getName() {
        return "portal:" + accountId;
    }
}
