package org.imagoclinic.assessments;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a session note says.
 *
 * @param interventions the Imago exercises used in the session
 * @param processNote the author's process (psychotherapy) notes: kept apart from the record, shown to
 *        the author only, never exported
 */
public record NoteDraft(@Nullable String content, List<ExerciseKind> interventions, @Nullable String plan,
                        @Nullable String processNote) {

    public NoteDraft {
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
    }
}
