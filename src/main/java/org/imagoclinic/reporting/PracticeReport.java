package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Imago practice in the episodes active in the period: dialogues, the therapists' ratings of the
 * receiver's steps (1 to 5) month by month, behaviour change requests made and kept, measures
 * overdue and notes.
 *
 * @param episodes the n behind the per-couple figures
 * @param requestsFollowedUp requests with at least one follow-up
 * @param requestsKept requests whose latest follow-up says kept
 * @param keptShare requestsKept / requestsFollowedUp
 * @param measuresOverdue open episodes with no measure in the last {@code measureIntervalDays} days
 *                        (counted on the period's last day)
 * @param notesAwaitingCoSignature signed notes whose supervisor has not co-signed yet
 * @param smallCountsSuppressed whether counts below 5 are suppressed for the reader ({@link SmallCounts})
 */
public record PracticeReport(ReportFilter filter, LocalDate producedOn, @Nullable Integer episodes,
                             @Nullable Integer dialogues,
                             @Nullable Double dialoguesPerCouple, List<SkillMonth> skillTrend,
                             @Nullable Integer requestsMade, @Nullable Integer requestsFollowedUp,
                             @Nullable Integer requestsKept, @Nullable Double keptShare, int measureIntervalDays,
                             @Nullable Integer measuresOverdue, @Nullable Integer notesSigned,
                             @Nullable Integer notesAwaitingCoSignature, boolean smallCountsSuppressed) {

    /** Mean step ratings of the dialogues recorded in one month; a step nobody reached is null. */
    public record SkillMonth(String month, @Nullable Integer dialogues, @Nullable Double mirroring, @Nullable Double summary,
                             @Nullable Double validation, @Nullable Double empathy) {
    }
}
