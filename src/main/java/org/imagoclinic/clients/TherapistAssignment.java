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
 */
public record TherapistAssignment(UUID primaryTherapistId, @Nullable UUID coTherapistId, @Nullable LocalDate on) {
}
