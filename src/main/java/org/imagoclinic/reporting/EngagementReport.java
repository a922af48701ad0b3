package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Engagement: attendance of the sessions in the period, and how the episodes ended in it went.
 * Rates are shares (0 to 1) of the sessions that fell due: attended + no-show + cancelled late by
 * the client. Waitlist figures count couples waiting for a therapist in scope (their preferred
 * therapist; clinic-wide, everyone waiting), with the concern and life-stage filters (ADR 0015).
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
 * @param waitingNow couples on the waitlist today
 * @param bookedFromWaitlist couples who left the waitlist in the period because a slot was booked
 * @param medianDaysWaited the median days those couples waited, from joining the list to the booking
 * @param waitlist couples waiting at the end of each month of the period (the period's last day for its last month)
 * @param withReminder the sessions due for which a reminder went out to at least one partner (ADR 0046)
 * @param withoutReminder the sessions due for which none went out
 * @param byTherapist the sessions due by the episode's primary therapist, by name; the rows add up to the totals
 * @param smallCountsSuppressed whether counts below 5 are suppressed for the reader ({@link SmallCounts}): a null
 *                              count or rate is then suppressed
 */
public record EngagementReport(ReportFilter filter, LocalDate producedOn, @Nullable Integer sessionsDue,
                               @Nullable Integer attended, @Nullable Integer noShows, @Nullable Integer lateCancellations, @Nullable Double attendanceRate, @Nullable Double noShowRate,
                               @Nullable Double lateCancelRate, @Nullable Integer cancelledByClient,
                               @Nullable Integer cancelledByClinic, @Nullable Integer episodesEnded, @Nullable Double meanSessionsPerEpisode, int dropOutThreshold,
                               @Nullable Integer dropOuts, @Nullable Double dropOutRate, @Nullable Integer firstSessions,
                               @Nullable Double meanDaysToFirstSession, @Nullable Double medianDaysToFirstSession,
                               List<Month> monthly, @Nullable Integer waitingNow, @Nullable Integer bookedFromWaitlist,
                               @Nullable Double medianDaysWaited, List<Waiting> waitlist, ByReminder withReminder,
                               ByReminder withoutReminder, List<ByTherapist> byTherapist, boolean smallCountsSuppressed) {

    /**
     * The sessions due of one primary therapist's episodes, with their rates as above.
     *
     * @param therapistId null for sessions of no episode with a therapist on record
     */
    public record ByTherapist(@Nullable UUID therapistId, String name, @Nullable Integer sessionsDue,
                              @Nullable Integer attended, @Nullable Integer noShows, @Nullable Integer lateCancellations,
                              @Nullable Double attendanceRate, @Nullable Double noShowRate, @Nullable Double lateCancelRate) {
    }

    /**
     * No-shows and late cancellations among sessions due with or without a reminder sent; rates as above.
     *
     * @param sessionsDue attended, missed or cancelled late by the client
     */
    public record ByReminder(@Nullable Integer sessionsDue, @Nullable Integer noShows, @Nullable Integer lateCancellations,
                             @Nullable Double noShowRate, @Nullable Double lateCancelRate) {
    }

    /** One month's sessions. */
    public record Month(String month, @Nullable Integer attended, @Nullable Integer noShows,
                        @Nullable Integer lateCancellations) {
    }

    /** Couples on the waitlist at the end of one month ({@code on}: its last day, or the period's). */
    public record Waiting(String month, LocalDate on, @Nullable Integer couples) {
    }
}
