package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A course plan as the therapist saves it (the whole plan each time).
 *
 * @param goals one to {@link org.imagoclinic.shared.InputLimits#ITEMS}
 * @param targets the outcome targets on the measures; none when left out
 */
public record CoursePlanInput(@Nullable List<GoalInput> goals, CoursePlan.@Nullable OutcomeTargets targets) {

    /**
     * One goal.
     *
     * @param id the goal's id when it was saved before (it keeps its reviews' progress); null for a new goal
     * @param recordId the Imago record it is drawn from, see {@link GoalCandidate}
     * @param item the statement's or exit's position in that record; null for a request
     * @param goal the goal in the couple's words (a line)
     * @param target what will show it is reached (a line)
     * @param reviewOn the day it is reviewed by
     */
    public record GoalInput(@Nullable UUID id, @Nullable GoalSource source, @Nullable UUID recordId,
                            @Nullable Integer item, @Nullable String goal, @Nullable String target,
                            @Nullable LocalDate reviewOn) {
    }
}
