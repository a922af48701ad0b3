package org.imagoclinic.reporting;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One therapist's line in the supervisors' comparison, each figure with its n. Ranked by the share
 * of couples who improved (both or one partner), only when at least {@link #MINIMUM_FOR_RANKING}
 * couples could be classified.
 *
 * @param episodes episodes active at some time in the period with this therapist as primary therapist; the rows
 *                 add up to the report's {@code episodesInPeriod}
 * @param started of those, the ones opened in the period; the rows add up to the report's {@code episodesStarted}
 * @param couplesClassified the n behind {@code shareCouplesImproved}
 * @param shareCouplesImproved couples with at least one partner improved and none deteriorated, 0 to 1
 * @param partnersMeasured the n behind {@code meanChange}
 * @param rank 1 = highest share; null when not ranked
 */
public record TherapistFigures(UUID therapistId, String name, @Nullable Integer episodes, @Nullable Integer started,
                               @Nullable Integer couplesClassified, @Nullable Double shareCouplesImproved,
                               @Nullable Integer partnersMeasured, @Nullable Double meanChange,
                               @Nullable Integer rank, String note) {

    public static final int MINIMUM_FOR_RANKING = 5;
}
