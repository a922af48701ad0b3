package org.imagoclinic.billing;

import java.time.YearMonth;
import java.util.List;
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

    /**
     * Has the statement emailed, with the PDF attached, to the partners who pay (one, or both when they
     * split), through the notifications module, which sends only to a partner who consented to email.
     *
     * @return the partners it is addressed to
     * @throws org.imagoclinic.shared.InvalidInputException for a missing month or one still to come
     * @throws org.imagoclinic.shared.BusinessRuleException when a third party pays: they have no email on record
     */
    List<UUID> email(UUID coupleId, @Nullable YearMonth month);
}
