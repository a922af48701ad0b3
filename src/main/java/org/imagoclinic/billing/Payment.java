package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment received, with what it has paid and what went back.
 *
 * @param allocated put against invoices
 * @param refunded paid back
 * @param unallocated the couple's credit left from it: amount less allocated less refunded
 */
public record Payment(UUID id, UUID coupleId, @Nullable UUID paidBy, PaymentMethod method, @Nullable String reference,
                      Money amount, LocalDate receivedOn, String recordedBy, Money allocated, Money refunded,
                      Money unallocated) {
}
