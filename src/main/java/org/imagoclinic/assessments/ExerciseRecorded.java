package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A therapist recorded an Imago exercise for a couple. Carries no clinical text: reporting counts
 * exercises and follows the dialogue-skill trend from the step ratings.
 *
 * @param exerciseId the record's id (reporting's key for idempotency)
 * @param partnerId the partner an individual record belongs to; null for a joint record
 * @param appointmentId the session it was recorded in, if any
 * @param ratings for a dialogue, the step ratings; null for every other kind
 */
public record ExerciseRecorded(UUID exerciseId, ExerciseKind kind, UUID coupleId, UUID episodeId,
                               @Nullable UUID partnerId, @Nullable UUID appointmentId, LocalDate recordedOn,
                               @Nullable DialogueRatings ratings) implements DomainEvent {
}
