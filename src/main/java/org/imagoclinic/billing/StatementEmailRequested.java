package org.imagoclinic.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * The front desk asked for a couple's monthly statement to be emailed to whoever pays (ADR 0047).
 * Billing sends no mail: the notifications module mails the PDF to each paying partner who consented.
 * The statement names no session, therapist or service, so it may go to either partner.
 *
 * @param requestId one per request, so that a redelivered event mails nothing twice
 * @param payerIds the partners who pay: one, or both when they split
 * @param due what is owed at the end of the month, e.g. "250.00"
 * @param pdf the statement as the front desk could have printed it
 */
public record StatementEmailRequested(UUID requestId, UUID coupleId, YearMonth month, List<UUID> payerIds, String due,
                                      String currency, byte[] pdf) implements DomainEvent {
}
