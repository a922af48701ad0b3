package org.imagoclinic.billing;

import java.time.YearMonth;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A document is to be emailed to the third party who pays for a couple (an employer, a parent; ADR 0047):
 * a monthly statement or an invoice of the couple's joint work, as a PDF that names no note and no
 * partner's own sessions. Billing sends no mail: notifications mails it to the address, which belongs to
 * no partner, so no partner's consent applies; billing audits the request.
 *
 * @param requestId one per request, so that a redelivered event mails nothing twice
 * @param payerName whom the mail greets, e.g. "Acme employee assistance"
 * @param email the third party's address as recorded with the payer
 * @param month the statement's month; null for an invoice
 * @param invoiceNumber the invoice's number, e.g. "2026-0042"; null for a statement
 * @param amountDue what the statement or invoice asks for, e.g. "250.00"
 */
public record ThirdPartyMailRequested(UUID requestId, UUID coupleId, String payerName, String email,
                                      @Nullable YearMonth month, @Nullable String invoiceNumber, String amountDue,
                                      String currency, String fileName, byte[] pdf) implements DomainEvent {
}
