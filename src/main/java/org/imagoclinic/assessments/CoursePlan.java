package org.imagoclinic.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The course plan of one episode of care, as last saved, with its reviews and where it stands.
 *
 * @param version 1 for the first save, one more for each later save (earlier versions are kept)
 * @param nextReviewOn the earliest review day not yet reviewed: a goal's review day or the day a
 *                     measure review fell due; null when nothing is waiting
 * @param overdue whether {@link #nextReviewOn} lies before today
 * @param targetProgress where each partner stands against the outcome targets, from the measures
 * @param normsUsed which norms the classes in {@code targetProgress} come from ("clinic sample, n = …" or the
 *                  published source), or why there are none
 * @param reviews newest first
 */
public record CoursePlan(UUID id, UUID coupleId, String coupleName, UUID episodeId, int version, List<Goal> goals,
                         OutcomeTargets targets, @Nullable LocalDate nextReviewOn, boolean overdue,
                         List<PartnerTarget> targetProgress, String normsUsed, List<Review> reviews, String savedBy, Instant savedAt) {

    /**
     * One goal.
     *
     * @param drawnFrom the text of the statement, chosen request or exit when the goal was set
     * @param partnerName whose request or exit it is; null for the couple's vision
     */
    public record Goal(UUID id, GoalSource source, UUID recordId, @Nullable Integer item, String drawnFrom,
                       @Nullable String partnerName, String goal, String target, LocalDate reviewOn) {
    }

    /**
     * The outcome targets on the measures (CSI-16 unless only another instrument was answered).
     *
     * @param eachAboveCutoff each partner's latest score out of the clinical range
     * @param reliableImprovementForBoth a reliable improvement for both partners (|RC| &gt; 1.96)
     */
    public record OutcomeTargets(boolean eachAboveCutoff, boolean reliableImprovementForBoth) {

        public static final OutcomeTargets NONE = new OutcomeTargets(false, false);
    }

    /**
     * Where one partner stands against the targets.
     *
     * @param current the latest score; null when not measured yet
     * @param aboveCutoff whether the latest score is out of the clinical range; null when not measured
     * @param outcome the reliable-change class; null without norms or a second score
     */
    public record PartnerTarget(String partnerName, String instrument, @Nullable Integer current,
                                @Nullable Boolean aboveCutoff, @Nullable OutcomeClass outcome) {

        /** "Alex: CSI-16 58, out of the clinical range, Improved". */
        public String describe() {
            if (current == null) {
                return partnerName + ": not measured yet on " + instrument;
            }
            return partnerName + ": " + instrument + " " + current + ", "
                    + (Boolean.TRUE.equals(aboveCutoff) ? "out of the clinical range" : "in the clinical range") + ", "
                    + (outcome == null ? "no reliable-change class yet" : outcome.label());
        }
    }

    /**
     * One review.
     *
     * @param afterSessions the measure review it belongs to (after how many joint sessions); null when
     *                      none had fallen due by the review day
     */
    public record Review(UUID id, LocalDate reviewedOn, @Nullable Integer afterSessions, List<Progress> progress,
                         @Nullable String note, String reviewedBy, Instant recordedAt) {
    }

    /** The progress on one goal at a review, with the goal's wording at the time. */
    public record Progress(UUID goalId, String goal, GoalProgress progress, @Nullable String comment) {
    }
}
