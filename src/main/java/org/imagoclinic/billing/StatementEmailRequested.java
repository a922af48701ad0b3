package org.imagoclinic.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A couple's monthly statement is to be emailed to whoever pays (ADR 0047). Billing sends no mail:
 * the notifications module mails the PDF to each paying partner who consented. The statement names no
 * session, therapist or service, and a partner's lists no invoice of the other partner's own
 * individual sessions.
 *
 * @param requestId one per request, so that a redelivered event mails nothing twice
 * @param payers the partners who pay (one, or both when they split, and a partner with invoices of
 *               their own individual sessions), each with the statement addressed to them alone, so
 *               that no mail names the other partner
 */
public record StatementEmailRequested(UUID requestId, UUID coupleId, YearMonth month, String currency,
                                      List<PayerStatement> payers) implements DomainEvent {

    /**
     * One paying partner and the statement PDF addressed to them.
     *
     * @param due what they owe by their statement at the end of the month, e.g. "250.00"
     */
    public record PayerStatement(UUID personId, byte[] pdf, String due) {
    }
}
