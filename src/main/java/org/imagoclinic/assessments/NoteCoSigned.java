package org.imagoclinic.assessments;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/** A supervisor co-signed a supervisee's signed session note. */
public record NoteCoSigned(UUID noteId, UUID coupleId, UUID episodeId, UUID authorId, UUID supervisorId,
                           Instant coSignedAt) implements DomainEvent {
}
