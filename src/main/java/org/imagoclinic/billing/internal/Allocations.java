package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ALLOCATION;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Payment;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts a couple's money against their invoices. Allocations are only ever added: a credit note that
 * leaves an invoice paid beyond what it asks for releases the excess by a negative row. The caller
 * holds the couple's invoice and payment locks.
 */
@Component
class Allocations {

    private final DSLContext db;
    private final Ledger ledger;
    private final Clock clock;

    Allocations(DSLContext db, Ledger ledger, Clock clock) {
        this.db = db;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Puts what is left of the couple's payments (oldest first) against the invoices of whoever paid
     * (ADR 0047): money paid for the couple (by no partner named, or a third party) pays the couple's joint
     * invoices; a partner's money pays their own invoices first, then the joint ones, never the other
     * partner's own. Within that, the invoice named goes first, then the oldest.
     */
    void settle(UUID coupleId, @Nullable UUID firstInvoice) {
        List<Payment> money = ledger.paymentsOf(coupleId).stream().filter(p -> p.unallocated().isPositive())
                .sorted(Comparator.comparing(Payment::receivedOn)).toList();
        List<Invoice> owed = ledger.invoicesOf(coupleId).stream().filter(i -> i.outstanding().isPositive()).toList();
        Map<UUID, Money> due = new HashMap<>();
        owed.forEach(invoice -> due.put(invoice.id(), invoice.outstanding()));
        for (Payment payment : money) {
            Money left = payment.unallocated();
            for (Invoice invoice : payableBy(payment.paidBy(), owed, firstInvoice)) {
                Money part = due.get(invoice.id()).min(left);
                if (part.isPositive()) {
                    insert(payment.id(), invoice.id(), part);
                    due.put(invoice.id(), due.get(invoice.id()).minus(part));
                    left = left.minus(part);
                }
            }
        }
    }

    /** Whether money paid by this partner (null: for the couple) may pay this invoice. */
    static boolean payableBy(@Nullable UUID paidBy, Invoice invoice) {
        return invoice.ownOf() == null || invoice.ownOf().equals(paidBy);
    }

    /** The invoices the payer's money may pay, in the order it pays them. */
    private static List<Invoice> payableBy(@Nullable UUID paidBy, List<Invoice> owed, @Nullable UUID firstInvoice) {
        return owed.stream().filter(invoice -> payableBy(paidBy, invoice))
                .sorted(Comparator.comparing((Invoice i) -> !i.id().equals(firstInvoice))
                        .thenComparing(i -> i.ownOf() == null)
                        .thenComparing(Invoice::issuedOn).thenComparing(Invoice::number))
                .toList();
    }

    /** Gives back to its payments, latest first, what an invoice holds beyond what it now asks for. */
    void releaseExcess(Invoice invoice) {
        Money excess = invoice.outstanding().negate();
        if (!excess.isPositive()) {
            return;
        }
        List<Record2<UUID, BigDecimal>> held = db.select(ALLOCATION.PAYMENT_ID, sum(ALLOCATION.AMOUNT))
                .from(ALLOCATION).where(ALLOCATION.INVOICE_ID.eq(invoice.id())).groupBy(ALLOCATION.PAYMENT_ID)
                .orderBy(max(ALLOCATION.MADE_AT).desc(), ALLOCATION.PAYMENT_ID).fetch();
        for (Record2<UUID, BigDecimal> row : held) {
            if (!excess.isPositive()) {
                return;
            }
            Money back = excess.min(Money.of(row.value2()));
            if (back.isPositive()) {
                insert(row.value1(), invoice.id(), back.negate());
                excess = excess.minus(back);
            }
        }
    }

    private void insert(UUID paymentId, UUID invoiceId, Money amount) {
        db.insertInto(ALLOCATION).set(ALLOCATION.ID, UUID.randomUUID()).set(ALLOCATION.PAYMENT_ID, paymentId)
                .set(ALLOCATION.INVOICE_ID, invoiceId).set(ALLOCATION.AMOUNT, amount.amount())
                .set(ALLOCATION.MADE_AT, OffsetDateTime.now(clock)).execute();
    }
}
