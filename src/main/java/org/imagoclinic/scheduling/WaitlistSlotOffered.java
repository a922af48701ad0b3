package org.imagoclinic.scheduling;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A cancelled session's slot was offered to a waiting couple (ADR 0046); notifications tells both
 * partners, who answer the front desk before {@code expiresAt}.
 *
 * @param freedAppointmentId the cancelled session, which still says where the slot is
 */
public record WaitlistSlotOffered(UUID offerId, UUID entryId, UUID coupleId, UUID freedAppointmentId, Instant start,
                                  Instant end, Instant expiresAt) implements DomainEvent {
}
