package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A session was booked for a couple (or one partner). A workshop publishes one for each couple as it
 * is enrolled. Times are instants; reporting turns them into the clinic's days.
 *
 * @param coupleId the couple who comes
 * @param personIds the people who come: both partners, or the one partner of an individual session
 * @param episodeId the couple's open episode of care at booking, if any (none for an intake before one opens)
 * @param therapistIds lead therapist first
 * @param seriesId the recurring series it belongs to, if any
 */
public record SessionScheduled(UUID appointmentId, AppointmentKind kind, @Nullable UUID coupleId, List<UUID> personIds,
                               @Nullable UUID episodeId, List<UUID> therapistIds, Instant start, Instant end,
                               @Nullable UUID seriesId) implements DomainEvent {
}
