package org.imagoclinic.billing;

import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A couple's monthly statement, addressed to whoever pays (ADR 0047): what they owed at the start of
 * the month, the invoices and credit notes issued and the money received and refunded in it, and
 * what they owe at its end. Only numbers, dates and amounts: no session, therapist or service is
 * named, so a statement says nothing about the therapy. Front desk and administrators; audited.
 */
public interface Statements {

    /**
     * The statement as a PDF with the clinic's details.
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a missing month or one still to come
     */
    byte[] monthly(UUID coupleId, @Nullable YearMonth month);
}
