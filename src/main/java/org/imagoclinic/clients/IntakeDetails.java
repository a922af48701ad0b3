package org.imagoclinic.clients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * What brought the couple, in their own words: clinical content, seen by the care team only.
 *
 * @param presentingConcerns free text
 * @param concernTags short tags for reporting, e.g. "communication", "trust"; may be empty
 * @param lifeStage the life stage that brought them, if known
 * @param lifeStageNote a few words more, e.g. which move or which loss
 * @param goals their goals in their own words
 * @param priorTherapy whether they had couples therapy before; false when left out
 * @param priorTherapyNotes with whom, when, how it went
 */
public record IntakeDetails(@Nullable String presentingConcerns, List<String> concernTags, @Nullable LifeStage lifeStage,
                            @Nullable String lifeStageNote, @Nullable String goals,
                            @JsonSetter(nulls = Nulls.AS_EMPTY) boolean priorTherapy,
                            @Nullable String priorTherapyNotes) {

    public IntakeDetails {
        concernTags = concernTags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(concernTags));
    }

    /** Nothing said yet. */
    public static IntakeDetails empty() {
        return new IntakeDetails(null, List.of(), null, null, null, false, null);
    }
}
