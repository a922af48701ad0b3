package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A session moved to another time (a workshop: one for each couple enrolled).
 *
 * @param previousStart where it was
 * @param start where it is now
 */
public record SessionRescheduled(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId,
                                 List<UUID> personIds, @Nullable UUID episodeId, List<UUID> therapistIds,
                                 Instant previousStart, Instant previousEnd, Instant start, Instant end)
        implements DomainEvent {
}
