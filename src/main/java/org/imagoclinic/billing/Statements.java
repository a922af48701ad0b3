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
     * The couple's copy as a PDF with the clinic's details, addressed to whoever pays: for partners it
     * lists only the couple's joint invoices (each partner's own invoices are in that partner's
     * statement); for a third party, what was addressed to it.
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a missing month or one still to come
     */
    byte[] monthly(UUID coupleId, @Nullable YearMonth month);

    /**
     * One partner's statement as a PDF, addressed to them alone, as the one emailed to them: the joint
     * invoices they pay or split and their own invoices, never the other partner's own.
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a missing month or one still to come, or a
     *         person who is not one of the couple's partners
     */
    byte[] ofPartner(UUID coupleId, @Nullable YearMonth month, UUID partnerId);

    /**
     * Has the statement emailed, with the PDF attached, through the notifications module: to the partners
     * who pay (one, or both when they split) and any partner with invoices of their own, each their own
     * copy, sent only to a partner who consented to email; and to the third party who pays, when it has an
     * email address on record.
     *
     * @return whom it is addressed to
     * @throws org.imagoclinic.shared.InvalidInputException for a missing month or one still to come
     * @throws org.imagoclinic.shared.BusinessRuleException when nobody could be emailed: a third party pays
     *         and has no email address on record
     */
    StatementRecipients email(UUID coupleId, @Nullable YearMonth month);
}
