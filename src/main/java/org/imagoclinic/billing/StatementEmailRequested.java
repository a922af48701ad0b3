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
 * @param due what the couple owes at the end of the month, e.g. "250.00"
 * @param payers the partners who pay (one, or both when they split), each with the statement addressed
 *               to them alone, so that no mail names the other partner
 */
public record StatementEmailRequested(UUID requestId, UUID coupleId, YearMonth month, String due, String currency,
                                      List<PayerStatement> payers) implements DomainEvent {

    /** One paying partner and the statement PDF addressed to them. */
    public record PayerStatement(UUID personId, byte[] pdf) {
    }
}
