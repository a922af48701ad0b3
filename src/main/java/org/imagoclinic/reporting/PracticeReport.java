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
 */
public record PracticeReport(ReportFilter filter, LocalDate producedOn, int episodes, int dialogues,
                             @Nullable Double dialoguesPerCouple, List<SkillMonth> skillTrend, int requestsMade,
                             int requestsFollowedUp, int requestsKept, @Nullable Double keptShare,
                             int measureIntervalDays, int measuresOverdue, int notesSigned,
                             int notesAwaitingCoSignature) {

    /** Mean step ratings of the dialogues recorded in one month; a step nobody reached is null. */
    public record SkillMonth(String month, int dialogues, @Nullable Double mirroring, @Nullable Double summary,
                             @Nullable Double validation, @Nullable Double empathy) {
    }
}
