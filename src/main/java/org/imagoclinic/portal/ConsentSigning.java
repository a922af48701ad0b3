package org.imagoclinic.portal;

import java.util.List;
import java.util.UUID;

/**
 * Consents signed electronically in the portal. A partner signs by typing their name under the current
 * version of a text; the signature keeps the version, the SHA-256 of the text, the typed name, the time by
 * the clinic's clock and the IP address, and a PDF of it goes to the couple's file. Staff read who signed
 * what on the couple's page.
 */
public interface ConsentSigning {

    /** The current texts the signed-in partner has not signed yet (never signed, or a newer version since). */
    List<ConsentText> toSign();

    /**
     * Signs a current text as the signed-in partner.
     *
     * @throws org.imagoclinic.shared.InvalidInputException when no name is typed ({@code typedName})
     * @throws org.imagoclinic.shared.ConflictException when the text is no longer the current version or was signed already
     */
    ConsentSignature sign(UUID consentTextId, String typedName);

    /** The signed-in partner's own signatures, newest first. */
    List<ConsentSignature> mine();

    /** Both partners' signatures, newest first; the front desk and the couple's care team (audited). */
    List<ConsentSignature> ofCouple(UUID coupleId);

    /**
     * The signed consent as a PDF: the text as signed, and the signature's facts. The partner who signed,
     * or staff who may read the couple's signatures (audited).
     */
    byte[] pdf(UUID signatureId);
}
