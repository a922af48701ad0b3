package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The supervisors' outcomes dashboard: per primary therapist, the shares of partners and couples
 * improved and deteriorated, drop-out and attendance, each with its 95 % Wilson interval beside the
 * clinic's share, and the funnel limits around the clinic's share at each therapist's caseload.
 * Classes are the outcomes report's, from the norms in {@code norms}.
 *
 * @param clinic all episodes in scope, whoever their therapist; the funnel's centre line
 * @param therapists one row per primary therapist with an episode in scope, by name
 * @param dropOutThreshold an ending counts as drop-out when the couple ended as dropped out before this many attended sessions
 * @param smallCountsSuppressed whether counts below 5 are suppressed for the reader ({@link SmallCounts})
 * @param drillDown whether the signed-in person may list the couples behind a figure (therapists and supervisors)
 */
public record OutcomesDashboard(ReportFilter filter, LocalDate producedOn, NormsUsed norms, TherapistOutcomes clinic,
                                List<TherapistOutcomes> therapists, int dropOutThreshold, boolean drillDown,
                                boolean smallCountsSuppressed) {
}
