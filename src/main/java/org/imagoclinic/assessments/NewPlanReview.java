package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A review of the course plan as the therapist records it.
 *
 * @param reviewedOn the day of the review (today when left out); not in the future
 * @param progress one entry for every goal of the plan
 * @param note what the review concluded, if anything (free text)
 */
public record NewPlanReview(@Nullable LocalDate reviewedOn, @Nullable List<Progress> progress, @Nullable String note) {

    /** The progress on one goal, with an optional comment (a line). */
    public record Progress(@Nullable UUID goalId, @Nullable GoalProgress progress, @Nullable String comment) {
    }
}
