package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A session was cancelled (a workshop: one for each couple enrolled; a couple withdrawing from a
 * workshop: one for that couple).
 *
 * @param by the clinic or the client
 * @param late whether it was cancelled inside the clinic's notice window (reporting counts a client's
 *             late cancellations)
 * @param reason as given, e.g. "episode closed"; never clinical detail
 */
public record SessionCancelled(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId,
                               List<UUID> personIds, @Nullable UUID episodeId, List<UUID> therapistIds,
                               Instant start, Instant end, CancelledBy by, boolean late, String reason)
        implements DomainEvent {
}
