package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A partner's outcome measure was administered and scored by the server. Reporting builds the
 * outcome figures from it; it carries the score, not the answers.
 *
 * @param administrationId the administration's id (reporting's key for idempotency)
 * @param episodeId the couple's episode of care the administration belongs to, if one was open
 * @param instrumentCode e.g. "CSI-16"
 * @param score the total score computed with the instrument's scoring key
 * @param clinicalRange whether the score is in the clinical range (below the instrument's cut-off)
 */
public record MeasureCompleted(UUID administrationId, UUID coupleId, UUID partnerId, @Nullable UUID episodeId,
                               String instrumentCode, int score, boolean clinicalRange, LocalDate administeredOn)
        implements DomainEvent {
}
