package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;

/** A correction of an issued invoice: lowers what it asks for, by its own number (e.g. CN-2026-0001). */
public record CreditNote(UUID id, String number, UUID invoiceId, Money amount, String reason, LocalDate issuedOn,
                         String issuedBy) {
}
