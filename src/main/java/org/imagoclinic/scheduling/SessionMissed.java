package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/** Nobody came and nobody cancelled: a no-show (a workshop: one for each couple enrolled). */
public record SessionMissed(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId, List<UUID> personIds,
                            @Nullable UUID episodeId, List<UUID> therapistIds, Instant start, Instant end,
                            Instant recordedAt) implements DomainEvent {
}
