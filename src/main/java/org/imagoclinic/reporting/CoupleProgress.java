package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One couple's progress in their latest episode of care, for the care team.
 *
 * @param episodeId null when the couple has no episode yet (then everything else is empty)
 * @param partners each partner's trend and class
 * @param couple the pair's class in plain words, null when it cannot be given (and why is in {@code note})
 * @param dialogueTrend the couple's dialogue skills: every round of every dialogue, both partners
 * @param partnerSkills each partner's dialogue skills
 */
public record CoupleProgress(UUID coupleId, @Nullable UUID episodeId, NormsUsed norms, List<PartnerTrend> partners,
                             @Nullable String couple, String note, int sessionsAttended, int sessionsMissed,
                             int requestsMade, int requestsFollowedUp, int requestsKept,
                             List<PracticeReport.SkillMonth> dialogueTrend, List<PartnerSkills> partnerSkills) {

    /**
     * One partner's dialogue skills month by month (ADR 0045): their part as sender in the rounds they
     * sent, their steps as receiver in the rounds they received.
     */
    public record PartnerSkills(UUID partnerId, String name, List<PracticeReport.SkillMonth> months) {
    }

    /**
     * One partner's scores.
     *
     * @param reliableChangeIndex null with fewer than two scores or without norms
     * @param outcome the class in plain words, or why there is none
     */
    public record PartnerTrend(UUID partnerId, String name, List<Score> scores, @Nullable Double reliableChangeIndex,
                               String outcome) {
    }

    /** One administration's total. */
    public record Score(LocalDate on, int score, boolean clinicalRange) {
    }
}
