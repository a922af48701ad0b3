package org.imagoclinic.portal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes one-time sign-in links, for notifications to put in the mail it sends. The token exists in
 * clear only in the returned link; the portal keeps its hash.
 */
public interface PortalSignInLinks {

    /** A link made for a mail. */
    record SignInLink(String url, Duration validFor) {
    }

    /**
     * A fresh link for the account, valid for the purpose's time (an invitation longer than a link
     * asked for), or empty when the account is disabled or gone.
     */
    Optional<SignInLink> issue(UUID accountId, PortalLinkRequested.Purpose purpose);
}
