package org.imagoclinic.assessments.internal.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.internal.plan.CoursePlanStore.MeasureReview;
import org.jspecify.annotations.Nullable;

/**
 * When a course plan is to be reviewed (ADR 0038): on each goal's review day and on each day a
 * measure review fell due. A review on or after such a day settles it; the earliest day not settled
 * is the next review, overdue once it lies before today.
 */
final class ReviewSchedule {

    private ReviewSchedule() {
    }

    static Optional<LocalDate> next(Collection<CoursePlan.Goal> goals, Collection<MeasureReview> measureReviews,
                                    @Nullable LocalDate lastReviewedOn) {
        return Stream.concat(goals.stream().map(CoursePlan.Goal::reviewOn), measureReviews.stream().map(MeasureReview::dueFrom))
                .filter(day -> lastReviewedOn == null || day.isAfter(lastReviewedOn))
                .min(Comparator.naturalOrder());
    }

    static boolean overdue(@Nullable LocalDate next, LocalDate today) {
        return next != null && next.isBefore(today);
    }

    /** The measure review a plan review on this day belongs to: the latest that had fallen due by then. */
    static @Nullable Integer measureReviewOn(List<MeasureReview> measureReviews, LocalDate reviewedOn) {
        return measureReviews.stream().filter(review -> !review.dueFrom().isAfter(reviewedOn))
                .map(MeasureReview::afterSessions).reduce((earlier, later) -> later).orElse(null);
    }
}
