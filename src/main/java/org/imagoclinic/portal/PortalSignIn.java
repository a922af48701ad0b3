package org.imagoclinic.portal;

import java.time.Duration;

/**
 * The portal's sign-in page: a partner types their email address and, if it belongs to a live portal
 * account, gets a one-time link by email. The answer is the same whether or not the address is known,
 * so the page tells no one who is a client.
 */
public interface PortalSignIn {

    /** At most this many links per address in {@link #LIMIT_WINDOW_MINUTES} minutes, known address or not. */
    int LINKS_PER_WINDOW = 3;
    int LIMIT_WINDOW_MINUTES = 60;

    /**
     * Asks for a sign-in link.
     *
     * @return how long the link (if the address is known) works
     * @throws org.imagoclinic.shared.InvalidInputException under {@code email} when it is empty or too long
     * @throws org.imagoclinic.shared.BusinessRuleException when too many links were asked for this address lately
     */
    Duration requestLink(String email);
}
