package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ALLOCATION;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** Puts what is left of the couple's payments (oldest first) against the invoice named, then the oldest. */
    void settle(UUID coupleId, @Nullable UUID firstInvoice) {
        List<Payment> money = new ArrayList<>(ledger.paymentsOf(coupleId).stream()
                .filter(p -> p.unallocated().isPositive())
                .sorted(Comparator.comparing(Payment::receivedOn)).toList());
        List<Invoice> owed = ledger.invoicesOf(coupleId).stream().filter(i -> i.outstanding().isPositive())
                .sorted(Comparator.comparing((Invoice i) -> !i.id().equals(firstInvoice))
                        .thenComparing(Invoice::issuedOn).thenComparing(Invoice::number))
                .toList();
        int p = 0;
        Money left = money.isEmpty() ? Money.ZERO : money.getFirst().unallocated();
        for (Invoice invoice : owed) {
            Money due = invoice.outstanding();
            while (due.isPositive() && p < money.size()) {
                Money part = due.min(left);
                insert(money.get(p).id(), invoice.id(), part);
                due = due.minus(part);
                left = left.minus(part);
                if (!left.isPositive() && ++p < money.size()) {
                    left = money.get(p).unallocated();
                }
            }
        }
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
