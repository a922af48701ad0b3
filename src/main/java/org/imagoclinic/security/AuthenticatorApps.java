package org.imagoclinic.security;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * Time-based one-time codes (RFC 6238) from an authenticator app, as staff two-factor sign-in uses
 * them (ADR 0034), for a module that keeps its own secrets (the partners' portal, ADR 0055). A secret
 * leaves here only sealed for its owner (AES-GCM with the server's two-factor key; a sealed secret
 * copied to another owner does not open), except once, as text and link, for the app.
 */
public interface AuthenticatorApps {

    /**
     * A new secret for one owner.
     *
     * @param sealedSecret what to store
     * @param secret the secret as people type it into an app (Base32)
     * @param otpauthUri the link an authenticator app opens (on a phone, a tap adds the account)
     */
    record Enrolment(byte[] sealedSecret, String secret, String otpauthUri) {
    }

    /**
     * A new secret, labelled in the app with {@code label}.
     *
     * @throws org.imagoclinic.shared.BusinessRuleException when the server has no two-factor key configured
     */
    Enrolment enrol(UUID ownerId, String label);

    /**
     * The 30-second step whose code this is, now by the clinic clock (or a step either side), or empty
     * when it is not a current code. The caller keeps the last step used, so that a code works once.
     */
    OptionalLong step(UUID ownerId, byte[] sealedSecret, String typed);
}
