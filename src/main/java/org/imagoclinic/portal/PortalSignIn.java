package org.imagoclinic.portal;

import java.time.Duration;

/**
 * The portal's sign-in page: a partner types their email address and, if it belongs to a live portal
 * account, gets a one-time link by email. The answer is the same whether or not the address is known,
 * so the page tells no one who is a client. A partner who added a password signs in with it too, and
 * one who added a second factor gives the code from their app after the link or the password (ADR 0055).
 * Wrong passwords and codes lock the address out like a staff user name.
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

    /** Where a sign-in with a password stands. */
    enum Step {
        /** Signed in: the portal is open. */
        SIGNED_IN,
        /** The password (or link) was right; the code from the partner's app is still to come. */
        CODE_AWAITED
    }

    /**
     * Signs in with the address and the password the partner set, in this web session.
     *
     * @throws org.imagoclinic.shared.InvalidInputException under {@code password} when address and password do not match
     * @throws org.imagoclinic.shared.BusinessRuleException when too many wrong passwords or codes locked the address
     */
    Step signInWithPassword(String email, String password);

    /** Whether this web session's sign-in waits for a code from the partner's app. */
    boolean codeAwaited();

    /**
     * Completes the sign-in that waits for a code.
     *
     * @throws org.imagoclinic.shared.InvalidInputException under {@code code} when it is not the app's current code
     * @throws org.imagoclinic.shared.BusinessRuleException when no sign-in waits (any more) or wrong tries locked the address
     */
    void completeWithCode(String code);
}
