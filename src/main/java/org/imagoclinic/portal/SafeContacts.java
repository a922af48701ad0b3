package org.imagoclinic.portal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether a partner is marked "safe contact only", and their safe email address: declared here, answered
 * by the module that keeps each partner's message choices (notifications), so that the portal sends a
 * safe-contact-only partner's invitations and links only to that address (ADR 0055).
 */
public interface SafeContacts {

    /**
     * One partner's safe contact for portal mail.
     *
     * @param safeContactOnly mail goes only to the safe contact, never to an address the other partner may read
     * @param safeEmail the safe contact when it is an email address, else null
     */
    record SafeContact(boolean safeContactOnly, @Nullable String safeEmail) {
    }

    SafeContact of(UUID personId);
}
