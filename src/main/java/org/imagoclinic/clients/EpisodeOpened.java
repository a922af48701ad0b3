package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An episode of care opened (in intake), e.g. so that a baseline measure becomes due.
 *
 * @param primaryTherapistId when assigned at opening
 * @param coTherapistId when assigned at opening
 */
public record EpisodeOpened(UUID coupleId, UUID episodeId, LocalDate openedOn, @Nullable UUID primaryTherapistId,
                            @Nullable UUID coTherapistId) implements DomainEvent {
}
