package org.imagoclinic.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner's answers to one instrument on one day, scored by the server. Clinical content: only
 * the couple's care team sees it.
 *
 * @param episodeId the episode of care that was open when it was administered; null if none was
 * @param answers the positions of the chosen options as printed, from 0, in item order
 * @param score the total by the instrument's scoring key
 * @param clinicalRange whether the score is on the clinical side of the instrument's cut-off
 * @param enteredVia a clinician on the partner's behalf, or the partner on a kiosk link
 * @param enteredBy the clinician's name; for a kiosk entry, the clinician who opened the link
 */
public record Administration(UUID id, UUID coupleId, UUID partnerId, @Nullable UUID episodeId, String instrumentCode,
                             LocalDate administeredOn, List<Integer> answers, int score, boolean clinicalRange,
                             AdministrationSource enteredVia, String enteredBy, Instant recordedAt) {
}
