package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A couple was put on the waitlist for a first slot.
 *
 * @param entryId the waitlist entry, the key of every event about this wait
 * @param waitlistedOn the clinic's day they were put on the list
 * @param preferredTherapistId none for whoever is free
 */
public record CoupleWaitlisted(UUID entryId, UUID coupleId, LocalDate waitlistedOn, Priority priority,
                               @Nullable UUID preferredTherapistId) implements DomainEvent {
}
