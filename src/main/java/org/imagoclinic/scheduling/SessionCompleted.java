package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A session took place (a workshop: one for each couple enrolled). Assessments makes a session note
 * due for it; reporting counts it.
 *
 * @param joint true for a session both partners attended, false for an individual session
 */
public record SessionCompleted(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId,
                               List<UUID> personIds, @Nullable UUID episodeId, List<UUID> therapistIds,
                               Instant start, Instant end, boolean joint, Instant completedAt) implements DomainEvent {
}
