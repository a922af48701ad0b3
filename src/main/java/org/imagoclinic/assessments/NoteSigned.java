package org.imagoclinic.assessments;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A therapist signed a session note; from now on it is immutable (changes are dated addenda).
 *
 * @param appointmentId the completed session the note is for
 * @param joint whether it is a joint session's note (false: an individual session's)
 * @param coSignerId the supervisor who must co-sign it, when the author is under supervision
 */
public record NoteSigned(UUID noteId, UUID coupleId, UUID episodeId, @Nullable UUID appointmentId, UUID authorId,
                         boolean joint, Instant signedAt, @Nullable UUID coSignerId) implements DomainEvent {
}
