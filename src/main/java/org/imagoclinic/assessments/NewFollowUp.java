package org.imagoclinic.assessments;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up to record.
 *
 * @param followedUpOn today when left out
 * @param chosen which request (1–3) the partner chose, when the request does not say yet
 */
public record NewFollowUp(FollowUpOutcome outcome, @Nullable LocalDate followedUpOn, @Nullable String note,
                          @Nullable Integer chosen) {
}
