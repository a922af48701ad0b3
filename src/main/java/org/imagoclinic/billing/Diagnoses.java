package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Each partner's diagnoses for superbills (ICD-10, e.g. Z63.0 relationship distress, or a partner's
 * own diagnosis). Clinical data: only the clinicians on the couple's care team (and their
 * supervisors, or a break-glass grant) read and record them, every time audited; the front desk and
 * administrators never read them, and see them only printed on a superbill they issue
 * ({@link Superbills}).
 */
public interface Diagnoses {

    /** The couple's partners' diagnoses, newest first. */
    List<Diagnosis> ofCouple(UUID coupleId);

    /**
     * Records a diagnosis for one partner.
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a person not of this couple, a code that is
     *         not ICD-10, a missing or too long description, a day in the future
     */
    Diagnosis record(UUID coupleId, NewDiagnosis diagnosis);

    /**
     * Marks a diagnosis as no longer applying from the day after {@code endedOn} (null: today).
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a day before it began or in the future
     * @throws org.imagoclinic.shared.ConflictException when it has ended already
     */
    Diagnosis end(UUID diagnosisId, @Nullable LocalDate endedOn);
}
