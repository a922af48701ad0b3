package org.imagoclinic.portal.seeding;

import java.util.UUID;

/**
 * What the demo clinic needs of the portal besides its API: to act as an invited partner, as if they had
 * signed in, and to give two demo partners a password the README lists. A bean only where the demo clinic
 * is generated (the {@code demo} profile with {@code imago.demo.clinic.enabled}; ADR 0063); real partners
 * sign in with a link by email and set a password themselves.
 */
public interface PartnerSeeding {

    /**
     * Runs {@code work} on this thread as the partner signed in to the portal (their account's sign-in is
     * recorded and audited at the clinic's time, as a sign-in with a link would be), then puts back who was
     * signed in before.
     *
     * @throws org.imagoclinic.shared.BusinessRuleException when the partner has no live portal account
     */
    void asPartner(UUID coupleId, UUID personId, Runnable work);

    /**
     * Gives the partner's portal account a known password (audited), so that they sign in at
     * {@code /portal/signin} with their address and it, without a mail.
     *
     * @return the address they sign in with
     * @throws org.imagoclinic.shared.BusinessRuleException when the partner has no live portal account
     */
    String knownPassword(UUID coupleId, UUID personId, String password);
}
