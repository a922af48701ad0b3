package org.imagoclinic.records;

import java.util.UUID;

/**
 * Copies of a record handed to a partner or to the couple (ADR 0040; the archive's contents and JSON
 * schema are described in docs/record-copy.md).
 *
 * <p>Who: a therapist or supervisor on the couple's care team (assigned to its open episode; neither
 * supervising a therapist on it nor break-glass counts), or an administrator when the partner's
 * request is on record and open. A copy made while such a request is open fulfils it. Every copy made
 * and every refusal is audited as an export.
 *
 * <p>A partner's copy never holds the other partner's individual-session notes, screens, Imago
 * profile and other individual records, measures or contact details, whatever the confidentiality
 * policy. The couple's copy holds joint content only.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.ExplainedRefusal} when the person may not;
 * {@link org.imagoclinic.shared.NotFoundException} for an unknown couple or partner;
 * {@link org.imagoclinic.shared.ConflictException} for a joint copy one of the partners has not asked for.
 */
public interface RecordCopies {

    /** One partner's copy of their record. */
    RecordCopy partnerCopy(UUID coupleId, UUID partnerId);

    /** The couple's joint copy, once both partners have an open request for it. */
    RecordCopy coupleCopy(UUID coupleId);

    /** Whether the signed-in person may make this partner's copy now; for showing the button. */
    boolean mayCopy(UUID coupleId, UUID partnerId);

    /** Whether the signed-in person may make the couple's joint copy now; for showing the button. */
    boolean mayCopyForCouple(UUID coupleId);

    /**
     * A copy as one zip archive: {@code record.pdf} to read and {@code record.json} to process.
     *
     * @param fileName e.g. "record-alex-smith-2026-12-07.zip"
     */
    record RecordCopy(String fileName, byte[] zip) {
    }
}
