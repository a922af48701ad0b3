package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Engagement: attendance of the sessions in the period, and how the episodes ended in it went.
 * Rates are shares (0 to 1) of the sessions that fell due: attended + no-show + cancelled late by
 * the client. No waitlist figure yet: scheduling publishes no waitlist event (ADR 0015).
 *
 * @param sessionsDue sessions in the period that were attended, missed or cancelled late by the client
 * @param cancelledByClient all client cancellations in the period, late or not
 * @param cancelledByClinic the clinic's cancellations in the period
 * @param episodesEnded episodes closed in the period: the n behind the next three figures
 * @param meanSessionsPerEpisode attended sessions per episode ended in the period
 * @param dropOuts episodes ended in the period as dropped out before {@code dropOutThreshold} attended sessions
 * @param dropOutRate dropOuts / episodesEnded
 * @param firstSessions couples whose first attended session (of their first episode) fell in the period
 * @param meanDaysToFirstSession from registration (first contact) to that session
 * @param monthly per calendar month of the period
 */
public record EngagementReport(ReportFilter filter, LocalDate producedOn, int sessionsDue, int attended, int noShows,
                               int lateCancellations, @Nullable Double attendanceRate, @Nullable Double noShowRate,
                               @Nullable Double lateCancelRate, int cancelledByClient, int cancelledByClinic,
                               int episodesEnded, @Nullable Double meanSessionsPerEpisode, int dropOutThreshold,
                               int dropOuts, @Nullable Double dropOutRate, int firstSessions,
                               @Nullable Double meanDaysToFirstSession, @Nullable Double medianDaysToFirstSession,
                               List<Month> monthly) {

    /** One month's sessions. */
    public record Month(String month, int attended, int noShows, int lateCancellations) {
    }
}
