package org.imagoclinic.billing.internal;

import java.util.UUID;
import org.imagoclinic.billing.PayerKind;
import org.jspecify.annotations.Nullable;

/**
 * Who a statement is for, and so which invoices it lists (ADR 0047): a partner reads the invoices
 * addressed to them alone and those the partners split, never the other partner's invoice of their own
 * individual sessions; a statement to both partners lists only what they split; a third party's only
 * what was addressed to it.
 *
 * @param kind     the kind of payer reading it
 * @param partnerId the partner reading it alone; null when both partners or a third party read it
 */
record StatementReader(PayerKind kind, @Nullable UUID partnerId) {

    static StatementReader partner(@Nullable UUID partnerId) {
        return new StatementReader(PayerKind.PARTNER, partnerId);
    }

    static StatementReader bothPartners() {
        return new StatementReader(PayerKind.SPLIT, null);
    }

    static StatementReader thirdParty() {
        return new StatementReader(PayerKind.THIRD_PARTY, null);
    }

    /** Whether an invoice addressed to this kind of payer (and partner) belongs on the statement. */
    boolean reads(PayerKind invoicePayer, @Nullable UUID invoicePartner) {
        return switch (kind) {
            case PARTNER -> invoicePayer == PayerKind.SPLIT
                    || invoicePayer == PayerKind.PARTNER && partnerId != null && partnerId.equals(invoicePartner);
            case SPLIT -> invoicePayer == PayerKind.SPLIT;
            case THIRD_PARTY -> invoicePayer == PayerKind.THIRD_PARTY;
        };
    }

    /** Whether money paid by this person (null: not recorded) is the reader's own, so what is left of it shows. */
    boolean paid(@Nullable UUID paidBy) {
        return kind != PayerKind.PARTNER || paidBy == null || paidBy.equals(partnerId);
    }
}
