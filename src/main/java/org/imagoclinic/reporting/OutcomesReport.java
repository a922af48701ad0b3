package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcomes report: episodes started, active and ended in the period (by kind of ending), and,
 * for the episodes active at any time in it, the partners' and couples' outcome classes, the mean
 * change and the effect size.
 *
 * @param episodesStarted opened in the period
 * @param episodesActive open on the last day of the period
 * @param episodesEnded closed in the period
 * @param endedBy closed in the period, by kind of ending ({@code EpisodeEnding} names)
 * @param therapists the supervisors' comparison; empty for anyone else
 */
public record OutcomesReport(ReportFilter filter, LocalDate producedOn, int episodesStarted, int episodesActive,
                             int episodesEnded, Map<String, Integer> endedBy, NormsUsed norms, Classification partners,
                             Classification couples, ChangeFigures change, List<TherapistFigures> therapists) {
}
