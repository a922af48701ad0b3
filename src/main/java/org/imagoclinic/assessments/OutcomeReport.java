package org.imagoclinic.assessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A couple's outcome across one episode of care, per instrument they answered: each partner's
 * baseline (the first administration of the episode), current score (the latest), reliable change
 * and class, and the couple's class as a pair.
 *
 * @param episodeId the episode reported on (the open one, else the newest); null when the couple
 *                  has none and the administrations belong to no episode
 * @param instruments one entry per instrument with administrations in the episode
 */
public record OutcomeReport(UUID coupleId, @Nullable UUID episodeId, List<InstrumentOutcome> instruments) {

    /**
     * The outcome on one instrument.
     *
     * @param higherIsBetter whether the clinical range lies below the cut-off (else above it)
     * @param norms the norms used, with their source; null when none are configured
     * @param noClassificationReason why no class can be given (no norms, or a partner measured
     *                               fewer than twice); null when every class is given
     * @param coupleOutcome the pair's class; null when a partner has no class
     */
    public record InstrumentOutcome(String instrumentCode, String instrumentName, @Nullable BigDecimal clinicalCutoff,
                                    int minScore, int maxScore, boolean higherIsBetter, @Nullable Norms norms,
                                    @Nullable String noClassificationReason, List<PartnerOutcome> partners,
                                    @Nullable CoupleOutcomeClass coupleOutcome) {
    }

    /**
     * One partner's change on one instrument.
     *
     * @param scores every score of the episode, oldest first (the trend)
     * @param baseline the first score, null when the partner was not measured
     * @param current the latest score, null when the partner was not measured
     * @param reliableChangeIndex RC, positive for improvement; null without norms or a second score
     * @param outcome the class; null without norms or a second score
     */
    public record PartnerOutcome(UUID partnerId, String partnerName, List<Point> scores, @Nullable Point baseline,
                                 @Nullable Point current, @Nullable Double reliableChangeIndex,
                                 @Nullable OutcomeClass outcome) {
    }

    /** A score on a day. */
    public record Point(LocalDate on, int score, boolean clinicalRange) {
    }
}
