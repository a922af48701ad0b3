package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A measure fell due for a couple's partners (ADR 0013): the baseline when an episode opens, a review
 * after every n-th joint session, the closing measure when the therapist plans the ending.
 * Notifications tells each partner who consented that a short questionnaire is waiting, naming no
 * instrument (ADR 0046).
 *
 * @param measureDueId the due measure, the same as {@link MeasureDue#id()}
 */
public record MeasureFellDue(UUID measureDueId, UUID coupleId, UUID episodeId, MeasureOccasion occasion,
                             LocalDate dueFrom) implements DomainEvent {
}
