package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A course plan whose review is overdue, as a supervisor's list shows it.
 *
 * @param dueSince the earliest review day (a goal's review day or a measure review) not yet reviewed
 * @param lastReviewedOn the day of the latest review; null when never reviewed
 */
public record PlanDueForReview(UUID coupleId, String coupleName, LocalDate dueSince,
                               @Nullable LocalDate lastReviewedOn) {
}
