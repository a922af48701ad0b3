package org.imagoclinic.assessments.internal.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Instrument;
import org.jspecify.annotations.Nullable;

/** A complete, valid form and its score, ready to keep. */
record ScoredForm(UUID coupleId, UUID partnerId, @Nullable UUID episodeId, Instrument instrument,
                  LocalDate administeredOn, List<Integer> answers, int score) {

    boolean clinicalRange() {
        return instrument.inClinicalRange(score);
    }
}
