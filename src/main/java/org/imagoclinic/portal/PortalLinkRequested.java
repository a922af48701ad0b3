package org.imagoclinic.portal;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner is to get a one-time sign-in link by email: an invitation from the clinic or a link they
 * asked for. Carries no secret: notifications makes the link through {@link PortalSignInLinks} when it
 * sends the mail.
 *
 * @param requestId one per request, so that a repeated delivery of this event sends nothing twice
 */
public record PortalLinkRequested(UUID requestId, UUID accountId, UUID coupleId, UUID personId, String email,
                                  Purpose purpose, Instant requestedAt) {

    /** Why the link goes out. */
    public enum Purpose {
        INVITATION, SIGN_IN
    }
}
