package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagoclinic.clients.EpisodeEnding;
import org.jspecify.annotations.Nullable;

/**
 * The outcomes report: episodes started, active and ended in the period (by kind of ending), and,
 * for the episodes active at any time in it, the partners' and couples' outcome classes, the mean
 * change and the effect size.
 *
 * @param episodesInPeriod active at some time in the period: the episodes every other figure counts
 * @param episodesStarted opened in the period
 * @param episodesActive open on the last day of the period
 * @param episodesEnded closed in the period
 * @param endedBy closed in the period, by kind of ending ({@code EpisodeEnding} names)
 * @param therapists the supervisors' comparison; empty for anyone else
 * @param smallCountsSuppressed whether counts below 5 are suppressed for the reader ({@link SmallCounts})
 */
public record OutcomesReport(ReportFilter filter, LocalDate producedOn, @Nullable Integer episodesInPeriod,
                             @Nullable Integer episodesStarted,
                             @Nullable Integer episodesActive, @Nullable Integer episodesEnded,
                             Map<String, @Nullable Integer> endedBy, NormsUsed norms, Classification partners,
                             Classification couples, ChangeFigures change, List<TherapistFigures> therapists,
                             boolean smallCountsSuppressed) {

    /** An ending as people say it ("Dropped out"), from its {@code EpisodeEnding} name. */
    public static String endingInWords(String ending) {
        return Arrays.stream(EpisodeEnding.values()).filter(kind -> kind.name().equals(ending)).findFirst()
                .map(EpisodeEnding::label).orElse(ending);
    }

    /** The endings in words with their counts, e.g. "Completed 2, Dropped out 1"; empty when none ended. */
    public String endedByInWords() {
        return endedBy.entrySet().stream().map(entry -> endingInWords(entry.getKey()) + " " + SmallCounts.inWords(entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
