package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A couple's payer and invoices. Front desk and administrators; every read and change is audited
 * with the couple.
 */
public interface Invoices {

    /** Who pays; both partners half each until someone chooses. */
    Payer payerOf(UUID coupleId);

    /**
     * Records who pays the couple's future invoices (issued ones keep theirs).
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a partner not of this couple, a share
     *         outside 0–100, or a third party without a name
     */
    Payer choosePayer(Payer payer);

    /**
     * Invoices all the couple's unbilled charges (those brought to nothing are left out), each invoice
     * numbered next in this year's series: the couple's joint work to whoever pays for it, and each
     * partner's own individual sessions (and fees for missing them) on an invoice to that partner alone,
     * whoever pays, so that no invoice to one partner lists the other's individual sessions (ADR 0047).
     *
     * @return the invoices issued, the joint one first
     * @throws org.imagoclinic.shared.BusinessRuleException when there is nothing to bill
     */
    List<Invoice> issue(UUID coupleId);

    /** The couple's invoices, newest first. */
    List<Invoice> ofCouple(UUID coupleId);

    Invoice get(UUID invoiceId);

    /** The invoice as a PDF with the clinic's details; audited as printed. */
    byte[] pdf(UUID invoiceId);

    /**
     * Has an invoice emailed, its PDF attached, to the third party who pays for the couple (ADR 0047),
     * through the notifications module; audited. The copy lists dates, services and amounts, no CPT code.
     *
     * @return the address it goes to
     * @throws org.imagoclinic.shared.BusinessRuleException when the invoice is not addressed to a third
     *         party, or the couple's third party has no email address on record
     */
    String emailToThirdParty(UUID invoiceId);

    /**
     * Lowers an issued invoice by a credit note, numbered next in this year's credit-note series. Money
     * already paid beyond what the invoice then asks for goes back to the payment, for another invoice
     * or a refund.
     *
     * @throws org.imagoclinic.shared.InvalidInputException without a reason, or for more than the invoice still asks for
     */
    CreditNote credit(UUID invoiceId, @Nullable BigDecimal amount, @Nullable String reason);
}
