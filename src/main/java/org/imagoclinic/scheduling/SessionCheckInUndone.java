package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An arrival recorded by mistake was undone: the session is scheduled again, as if nobody had
 * checked the couple in. Follows a {@link SessionCheckedIn} of the same session.
 */
public record SessionCheckInUndone(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId,
                                   List<UUID> personIds, @Nullable UUID episodeId, List<UUID> therapistIds,
                                   Instant start, Instant end, Instant undoneAt) implements DomainEvent {
}
