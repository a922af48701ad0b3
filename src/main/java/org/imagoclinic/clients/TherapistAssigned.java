package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * The therapists of an open episode of care were assigned or changed (also when an episode opens
 * with a therapist).
 *
 * @param previousPrimaryTherapistId null when none was assigned before
 * @param previousCoTherapistId null when there was no co-therapist
 */
public record TherapistAssigned(UUID coupleId, UUID episodeId, UUID primaryTherapistId, @Nullable UUID coTherapistId,
                                @Nullable UUID previousPrimaryTherapistId, @Nullable UUID previousCoTherapistId,
                                LocalDate assignedOn) implements DomainEvent {
}
