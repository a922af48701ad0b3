package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;

/**
 * Administering outcome measures to a couple's partners. Clinical content: the couple's care team,
 * supervisors of a therapist on it, and break-glass access only; every read and write is checked by
 * the care-team rule and audited. The front desk, other therapists and administrators (by that
 * role alone) are refused with an {@link org.imagoclinic.shared.ExplainedRefusal}.
 */
public interface MeasureAdministrations {

    /**
     * Scores and keeps one partner's answers, tied to the couple's open episode of care, and
     * publishes {@link MeasureCompleted} in the same transaction.
     *
     * @throws org.imagoclinic.shared.InvalidInputException naming the field or the item
     *         ({@code answers[3]}) that is missing, out of range or of the wrong count; nothing is kept
     * @throws org.imagoclinic.shared.NotFoundException for an unknown couple
     */
    Administration record(UUID coupleId, AdministrationRequest request);

    /** Every administration of the couple's partners, oldest first; the read is audited. */
    List<Administration> administrationsOf(UUID coupleId);
}
