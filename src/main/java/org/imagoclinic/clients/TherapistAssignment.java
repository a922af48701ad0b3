package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The therapists of the open episode of care: one primary therapist and at most one co-therapist,
 * as staff ids.
 *
 * @param coTherapistId none when null
 * @param on the day the assignment takes effect; today when null
 * @param reason why the care team is set or changed, e.g. "Dr Lee leaves the clinic"; kept with the
 *               episode's changes and in the audit trail (no clinical detail: everyone who works
 *               with the couple reads it)
 */
public record TherapistAssignment(UUID primaryTherapistId, @Nullable UUID coTherapistId, @Nullable LocalDate on,
                                  @Nullable String reason) {

    /** An assignment without a stated reason. */
    public TherapistAssignment(UUID primaryTherapistId, @Nullable UUID coTherapistId, @Nullable LocalDate on) {
        this(primaryTherapistId, coTherapistId, on, null);
    }
}
