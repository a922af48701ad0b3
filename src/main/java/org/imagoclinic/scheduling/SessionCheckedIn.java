package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/** The couple (or partner) arrived and was checked in by the front desk or the therapist. */
public record SessionCheckedIn(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId,
                               List<UUID> personIds, @Nullable UUID episodeId, List<UUID> therapistIds,
                               Instant start, Instant end, Instant checkedInAt) implements DomainEvent {
}
