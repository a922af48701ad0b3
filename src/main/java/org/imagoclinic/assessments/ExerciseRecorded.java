package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A therapist recorded an Imago exercise for a couple. Carries no clinical text: reporting counts
 * exercises and follows the dialogue-skill trend from the ratings of each round (ADR 0045).
 *
 * @param exerciseId the record's id (reporting's key for idempotency)
 * @param partnerId the partner an individual record belongs to; null for a joint record
 * @param appointmentId the session it was recorded in, if any
 * @param ratings only on events stored before dialogues had rounds: the one round's receiver ratings,
 *                without the partners' ids; null on every event published since (they carry {@code rounds})
 * @param rounds for a dialogue, its rounds: who sent, who received, and both parts' ratings; empty for
 *               every other kind (and on the old events that carry {@code ratings})
 */
public record ExerciseRecorded(UUID exerciseId, ExerciseKind kind, UUID coupleId, UUID episodeId,
                               @Nullable UUID partnerId, @Nullable UUID appointmentId, LocalDate recordedOn,
                               @Nullable ReceiverRatings ratings, List<DialogueRound> rounds) implements DomainEvent {

    public ExerciseRecorded {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }
}
