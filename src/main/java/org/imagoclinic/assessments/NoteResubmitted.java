package org.imagoclinic.assessments;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/** The author of a returned note added an addendum: the note waits for the supervisor's co-signature again. */
public record NoteResubmitted(UUID noteId, UUID coupleId, UUID episodeId, UUID authorId, Instant resubmittedAt)
        implements DomainEvent {
}
