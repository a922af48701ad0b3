package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An episode of care closed: scheduling cancels the couple's future sessions, reporting counts the
 * ending. The closing reason is not carried: it is read from the episode where needed.
 *
 * @param primaryTherapistId the primary therapist at closing, if any was assigned
 * @param coTherapistId the co-therapist at closing, if any
 */
public record EpisodeClosed(UUID coupleId, UUID episodeId, EpisodeEnding ending, LocalDate openedOn,
                            LocalDate closedOn, @Nullable UUID primaryTherapistId, @Nullable UUID coTherapistId)
        implements DomainEvent {
}
