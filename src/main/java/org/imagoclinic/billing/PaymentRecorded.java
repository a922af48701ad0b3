package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/** The front desk recorded a payment from a couple. */
public record PaymentRecorded(UUID paymentId, UUID coupleId, Money amount, PaymentMethod method, LocalDate receivedOn)
        implements DomainEvent {
}
