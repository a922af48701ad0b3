package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Imago practice in the episodes active in the period: dialogues, the therapists' ratings of the
 * sender's part and the receiver's steps in every round (1 to 5) month by month, behaviour change requests made and kept, measures
 * overdue and notes.
 *
 * @param episodes the n behind the per-couple figures
 * @param requestsFollowedUp requests with at least one follow-up
 * @param requestsKept requests whose latest follow-up says kept
 * @param keptShare requestsKept / requestsFollowedUp
 * @param measuresOverdue open episodes with no measure in the last {@code measureIntervalDays} days
 *                        (counted on the period's last day)
 * @param notesAwaitingCoSignature signed notes whose supervisor has not co-signed yet
 * @param couples each episode active in the period: the partners' home practice per week beside the
 *                couple's change on the report's instrument (ADR 0058), by opening day, no names
 * @param smallCountsSuppressed whether counts below 5 are suppressed for the reader ({@link SmallCounts})
 */
public record PracticeReport(ReportFilter filter, LocalDate producedOn, @Nullable Integer episodes,
                             @Nullable Integer dialogues,
                             @Nullable Double dialoguesPerCouple, List<SkillMonth> skillTrend,
                             @Nullable Integer requestsMade, @Nullable Integer requestsFollowedUp,
                             @Nullable Integer requestsKept, @Nullable Double keptShare, int measureIntervalDays,
                             @Nullable Integer measuresOverdue, @Nullable Integer notesSigned,
                             @Nullable Integer notesAwaitingCoSignature, List<CouplePractice> couples,
                             boolean smallCountsSuppressed) {

    /**
     * One couple's episode: what both partners logged of their home practice in the portal (temperature
     * readings, caring behaviours, appreciations, behaviour changes given, dialogue practice) in the
     * episode's days within the period, per week, beside the change in their scores. For a reader who may
     * not see counts below 5, a couple's logs from 1 to 4 and the rates built on them are null, and so is
     * the change, which rests on two partners at most.
     *
     * @param weeks the episode's days within the period, in weeks
     * @param logs entries logged in those days by either partner
     * @param logsPerWeek logs / weeks
     * @param dialogueMinutesPerWeek minutes of dialogue practice / weeks
     * @param partnersMeasured partners with a baseline and a later score on the instrument
     * @param meanChange the mean of those partners' change (latest minus baseline; for the CSI higher is better)
     */
    public record CouplePractice(LocalDate openedOn, @Nullable LocalDate closedOn, double weeks,
                                 @Nullable Integer logs, @Nullable Double logsPerWeek,
                                 @Nullable Double dialogueMinutesPerWeek, @Nullable Integer partnersMeasured,
                                 @Nullable Double meanChange) {
    }

    /**
     * Mean ratings (1 to 5) of the dialogue rounds recorded in one month (ADR 0045): the sender's part
     * (one topic, "I" statements, asked for the dialogue) and the receiver's steps. A skill nobody was
     * rated on is null; for a reader who may not see counts below 5, a small month's counts and means are null. For one partner, the sender's part counts the rounds they sent and the
     * receiver's steps the rounds they received.
     *
     * @param month as YYYY-MM
     * @param dialogues the dialogues recorded
     * @param rounds their rounds: one per dialogue, two where the partners swapped roles
     */
    public record SkillMonth(String month, @Nullable Integer dialogues, @Nullable Integer rounds, @Nullable Double oneTopic,
                             @Nullable Double iStatements, @Nullable Double askedForDialogue, @Nullable Double mirroring,
                             @Nullable Double summary, @Nullable Double validation, @Nullable Double empathy) {
    }
}
