package org.imagoclinic.portal;

/**
 * What a signed-in partner adds to the one-time links (ADR 0055): a password, so they can sign in
 * without waiting for a mail, and a second factor (an authenticator app), after which a link or a
 * password alone no longer signs in. Only the partner themselves, in the portal, sets them; the front
 * desk can only switch a forgotten second factor off ({@link PortalAccounts#resetSecondFactor}).
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} naming the field ({@code password},
 * {@code repeated}, {@code current}, {@code code}).
 */
public interface PortalCredentials {

    /** What the signed-in partner has switched on. */
    record Status(boolean password, boolean secondFactor) {
    }

    /** An authenticator app to add: the key to type in and the link a phone opens in the app. */
    record AppSetup(String key, String link) {
    }

    Status mine();

    /**
     * Sets (or replaces) the partner's password: at least 12 characters, typed twice; replacing one
     * asks for the current one.
     */
    void setPassword(String current, String password, String repeated);

    /** Starts adding an authenticator app (again, until it is confirmed). */
    AppSetup startSecondFactor();

    /** Confirms the app with the code it shows now; from then on signing in asks for a code. */
    void confirmSecondFactor(String code);

    /** Switches the second factor off, against a code the app shows now. */
    void turnOffSecondFactor(String code);
}
