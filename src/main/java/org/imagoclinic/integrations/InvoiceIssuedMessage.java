package org.imagoclinic.integrations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Topic {@value #TOPIC}, key the invoice id: an invoice was issued to a couple. The lines (which
 * sessions, which services) stay in the clinic.
 *
 * @param version {@value #VERSION}; raised only when a field changes meaning or goes away
 * @param invoiceId the invoice's id in the clinic
 * @param number its number, without gaps per year (e.g. 2026-0042)
 * @param coupleId the couple it is addressed to
 * @param issuedOn the day it was issued
 * @param total the amount due as a decimal string with two places, e.g. "240.00"
 * @param currency ISO 4217, e.g. GBP
 */
public record InvoiceIssuedMessage(int version, UUID invoiceId, String number, UUID coupleId, LocalDate issuedOn,
                                   String total, String currency) {

    public static final String TOPIC = "imago.invoices.issued";
    public static final int VERSION = 1;
}
