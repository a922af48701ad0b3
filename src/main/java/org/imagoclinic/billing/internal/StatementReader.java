package org.imagoclinic.billing.internal;

import java.util.UUID;
import org.imagoclinic.billing.PayerKind;
import org.jspecify.annotations.Nullable;

/**
 * Who a statement is for, and so which invoices it lists (ADR 0047): the couple's copy lists only the
 * couple's joint invoices (not those addressed to a third party); a partner reads the joint invoices
 * addressed to them or split between the partners, and their own invoices, never the other partner's
 * own; a third party reads only what was addressed to it.
 *
 * @param kind      a partner reading alone ({@link PayerKind#PARTNER}), the couple ({@link PayerKind#SPLIT})
 *                  or a third party
 * @param partnerId the partner reading alone; null for the couple or a third party
 */
record StatementReader(PayerKind kind, @Nullable UUID partnerId) {

    static StatementReader partner(@Nullable UUID partnerId) {
        return new StatementReader(PayerKind.PARTNER, partnerId);
    }

    static StatementReader couple() {
        return new StatementReader(PayerKind.SPLIT, null);
    }

    static StatementReader thirdParty() {
        return new StatementReader(PayerKind.THIRD_PARTY, null);
    }

    /**
     * Whether an invoice addressed to this kind of payer (and partner) belongs on the statement.
     *
     * @param ownOf the partner whose own individual sessions the invoice bills; null for a joint invoice
     */
    boolean reads(PayerKind invoicePayer, @Nullable UUID invoicePartner, @Nullable UUID ownOf) {
        return switch (kind) {
            case PARTNER -> invoicePayer == PayerKind.SPLIT
                    || invoicePayer == PayerKind.PARTNER && partnerId != null && partnerId.equals(invoicePartner);
            case SPLIT -> ownOf == null && invoicePayer != PayerKind.THIRD_PARTY;
            case THIRD_PARTY -> invoicePayer == PayerKind.THIRD_PARTY;
        };
    }

    /** Whether money paid by this person (null: not recorded) is the reader's own, so what is left of it shows. */
    boolean paid(@Nullable UUID paidBy) {
        return kind != PayerKind.PARTNER || paidBy == null || paidBy.equals(partnerId);
    }
}
