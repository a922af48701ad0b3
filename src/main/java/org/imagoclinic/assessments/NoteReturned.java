package org.imagoclinic.assessments;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A supervisor returned a supervisee's signed note to its author instead of co-signing it; it leaves the
 * supervisor's co-sign queue until the author adds an addendum ({@link NoteResubmitted}).
 */
public record NoteReturned(UUID noteId, UUID coupleId, UUID episodeId, UUID authorId, UUID supervisorId,
                           Instant returnedAt) implements DomainEvent {
}
