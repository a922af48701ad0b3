package org.imagoclinic.scheduling;

import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * An offer of a freed slot was answered, ran out or was closed because the slot or the couple was
 * booked otherwise; a message about it that has not gone yet should not go.
 */
public record WaitlistOfferClosed(UUID offerId, UUID coupleId, UUID freedAppointmentId, OfferAnswer answer)
        implements DomainEvent {
}
