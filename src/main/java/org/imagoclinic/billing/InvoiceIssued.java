package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/** An invoice was issued to a couple (the notifications module may send it). */
public record InvoiceIssued(UUID invoiceId, String number, UUID coupleId, LocalDate issuedOn, Money total,
                            String currency) implements DomainEvent {
}
