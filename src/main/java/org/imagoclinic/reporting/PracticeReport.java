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
 */
public record PracticeReport(ReportFilter filter, LocalDate producedOn, int episodes, int dialogues,
                             @Nullable Double dialoguesPerCouple, List<SkillMonth> skillTrend, int requestsMade,
                             int requestsFollowedUp, int requestsKept, @Nullable Double keptShare,
                             int measureIntervalDays, int measuresOverdue, int notesSigned,
                             int notesAwaitingCoSignature) {

    /**
     * Mean ratings (1 to 5) of the dialogue rounds recorded in one month (ADR 0045): the sender's part
     * (one topic, "I" statements, asked for the dialogue) and the receiver's steps. A skill nobody was
     * rated on is null. For one partner, the sender's part counts the rounds they sent and the
     * receiver's steps the rounds they received.
     *
     * @param month as YYYY-MM
     * @param dialogues the dialogues recorded
     * @param rounds their rounds: one per dialogue, two where the partners swapped roles
     */
    public record SkillMonth(String month, int dialogues, int rounds, @Nullable Double oneTopic,
                             @Nullable Double iStatements, @Nullable Double askedForDialogue, @Nullable Double mirroring,
                             @Nullable Double summary, @Nullable Double validation, @Nullable Double empathy) {
    }
}
