package org.imagoclinic.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner signed a consent in the partners' portal (ADR 0055). Published by the portal, recorded by
 * clients as that partner's consent, given on the day signed, so that the couple's Consents tab and every
 * check of a consent in force see it. Recorded once per signature, however often it is delivered.
 *
 * @param signatureId the portal's signature, which the consent points back to
 * @param partnerName how the consent's "recorded by" names the partner
 */
public record ConsentSignedAtHome(UUID signatureId, UUID coupleId, UUID personId, ConsentKind kind, String partnerName,
                                  Instant signedAt) {
}
