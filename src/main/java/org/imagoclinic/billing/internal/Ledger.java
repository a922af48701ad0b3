package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ADJUSTMENT;
import static org.imagoclinic.billing.internal.db.Tables.ALLOCATION;
import static org.imagoclinic.billing.internal.db.Tables.CHARGE;
import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE_LINE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.billing.Adjustment;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.CreditNote;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.InvoiceLine;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Payment;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.internal.db.tables.records.ChargeRecord;
import org.imagoclinic.billing.internal.db.tables.records.InvoiceRecord;
import org.imagoclinic.billing.internal.db.tables.records.PaymentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Reads charges, invoices and payments with what has happened to them since, in the caller's transaction. */
@Component
class Ledger {

    private final DSLContext db;

    Ledger(DSLContext db) {
        this.db = db;
    }

    List<Charge> chargesOf(UUID coupleId) {
        return charges(CHARGE.COUPLE_ID.eq(coupleId));
    }

    Optional<Charge> charge(UUID chargeId) {
        return charges(CHARGE.ID.eq(chargeId)).stream().findFirst();
    }

    /** The couple's charges not on any invoice whose amount after adjustments is above nothing, oldest first. */
    List<Charge> billable(UUID coupleId) {
        return chargesOf(coupleId).reversed().stream()
                .filter(charge -> !charge.invoiced() && charge.net().isPositive()).toList();
    }

    /** The partner of each of these charges that is for an individual session (or a fee for missing one). */
    Map<UUID, UUID> individualSessionPartners(Collection<UUID> chargeIds) {
        return db.select(CHARGE.ID, CHARGE.PERSON_ID).from(CHARGE)
                .where(CHARGE.ID.in(chargeIds).and(CHARGE.PERSON_ID.isNotNull()))
                .fetchMap(CHARGE.ID, CHARGE.PERSON_ID);
    }

    private List<Charge> charges(Condition which) {
        List<ChargeRecord> rows = db.selectFrom(CHARGE).where(which)
                .orderBy(CHARGE.SERVICE_DATE.desc(), CHARGE.CREATED_AT.desc(), CHARGE.ID).fetch();
        List<UUID> ids = rows.stream().map(ChargeRecord::getId).toList();
        Map<UUID, List<Adjustment>> adjustments = db.selectFrom(ADJUSTMENT).where(ADJUSTMENT.CHARGE_ID.in(ids))
                .orderBy(ADJUSTMENT.MADE_AT, ADJUSTMENT.ID).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getChargeId(), Collectors.mapping(r -> new Adjustment(r.getId(),
                        Money.of(r.getAmount()), r.getKind().equals("WRITE_OFF"), r.getKind().equals("PACKAGE"), r.getReason(), r.getMadeAt().toInstant(),
                        r.getMadeBy()), Collectors.toList())));
        Map<UUID, String> invoiced = db.select(INVOICE_LINE.CHARGE_ID, INVOICE.NUMBER).from(INVOICE_LINE)
                .join(INVOICE).on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID)).where(INVOICE_LINE.CHARGE_ID.in(ids))
                .fetchMap(INVOICE_LINE.CHARGE_ID, INVOICE.NUMBER);
        return rows.stream().map(r -> {
            List<Adjustment> made = adjustments.getOrDefault(r.getId(), List.of());
            Money amount = Money.of(r.getAmount());
            Money net = made.stream().map(Adjustment::amount).reduce(amount, Money::plus);
            return new Charge(r.getId(), r.getCoupleId(), r.getSourceId(), ChargeKind.valueOf(r.getKind()),
                    r.getServiceDate(), r.getDescription(), r.getCptCode(), r.getTherapistId(), amount, made, net,
                    invoiced.get(r.getId()));
        }).toList();
    }

    List<Invoice> invoicesOf(UUID coupleId) {
        return invoices(INVOICE.COUPLE_ID.eq(coupleId));
    }

    Optional<Invoice> invoice(UUID invoiceId) {
        return invoices(INVOICE.ID.eq(invoiceId)).stream().findFirst();
    }

    /** Every invoice that still asks for money, oldest first. */
    List<Invoice> outstandingInvoices() {
        return invoices(DSL.trueCondition()).reversed().stream().filter(i -> i.outstanding().isPositive()).toList();
    }

    private List<Invoice> invoices(Condition which) {
        List<InvoiceRecord> rows = db.selectFrom(INVOICE).where(which)
                .orderBy(INVOICE.ISSUED_ON.desc(), INVOICE.NUMBER.desc()).fetch();
        List<UUID> ids = rows.stream().map(InvoiceRecord::getId).toList();
        Map<UUID, List<InvoiceLine>> lines = db.selectFrom(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.in(ids))
                .orderBy(INVOICE_LINE.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getInvoiceId(), Collectors.mapping(r -> new InvoiceLine(
                        r.getChargeId(), r.getServiceDate(), r.getDescription(), r.getCptCode(), Money.of(r.getAmount())),
                        Collectors.toList())));
        Map<UUID, List<CreditNote>> credits = db.selectFrom(CREDIT_NOTE).where(CREDIT_NOTE.INVOICE_ID.in(ids))
                .orderBy(CREDIT_NOTE.ISSUED_AT, CREDIT_NOTE.NUMBER).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getInvoiceId(), Collectors.mapping(r -> new CreditNote(r.getId(),
                        r.getNumber(), r.getInvoiceId(), Money.of(r.getAmount()), r.getReason(), r.getIssuedOn(),
                        r.getIssuedBy()), Collectors.toList())));
        Map<UUID, BigDecimal> paid = sums(ALLOCATION.INVOICE_ID, ALLOCATION.AMOUNT, ALLOCATION.INVOICE_ID.in(ids));
        return rows.stream().map(r -> {
            Money total = Money.of(r.getTotal());
            List<CreditNote> notes = credits.getOrDefault(r.getId(), List.of());
            Money credited = notes.stream().map(CreditNote::amount).reduce(Money.ZERO, Money::plus);
            Money allocated = Money.of(paid.getOrDefault(r.getId(), BigDecimal.ZERO));
            return new Invoice(r.getId(), r.getNumber(), r.getCoupleId(), r.getIssuedOn(), r.getDueOn(), r.getCurrency(),
                    lines.getOrDefault(r.getId(), List.of()), total, PayerKind.valueOf(r.getPayerKind()),
                    r.getPayerPersonId(), r.getSharePercent(), r.getPayerName(), r.getOwnOf(), notes, allocated,
                    total.minus(credited).minus(allocated));
        }).toList();
    }

    List<Payment> paymentsOf(UUID coupleId) {
        return payments(PAYMENT.COUPLE_ID.eq(coupleId));
    }

    List<Payment> paymentsReceivedOn(java.time.LocalDate day) {
        return payments(PAYMENT.RECEIVED_ON.eq(day));
    }

    Optional<Payment> payment(UUID paymentId) {
        return payments(PAYMENT.ID.eq(paymentId)).stream().findFirst();
    }

    private List<Payment> payments(Condition which) {
        List<PaymentRecord> rows = db.selectFrom(PAYMENT).where(which)
                .orderBy(PAYMENT.RECEIVED_ON.desc(), PAYMENT.RECORDED_AT.desc(), PAYMENT.ID).fetch();
        List<UUID> ids = rows.stream().map(PaymentRecord::getId).toList();
        Map<UUID, BigDecimal> allocated = sums(ALLOCATION.PAYMENT_ID, ALLOCATION.AMOUNT, ALLOCATION.PAYMENT_ID.in(ids));
        Map<UUID, BigDecimal> refunded = sums(REFUND.PAYMENT_ID, REFUND.AMOUNT, REFUND.PAYMENT_ID.in(ids));
        return rows.stream().map(r -> {
            Money amount = Money.of(r.getAmount());
            Money put = Money.of(allocated.getOrDefault(r.getId(), BigDecimal.ZERO));
            Money back = Money.of(refunded.getOrDefault(r.getId(), BigDecimal.ZERO));
            return new Payment(r.getId(), r.getCoupleId(), r.getPaidBy(), PaymentMethod.valueOf(r.getMethod()),
                    r.getReference(), amount, r.getReceivedOn(), r.getRecordedBy(), put, back, amount.minus(put).minus(back));
        }).toList();
    }

    private Map<UUID, BigDecimal> sums(org.jooq.TableField<?, UUID> key, org.jooq.TableField<?, BigDecimal> amount,
                                       Condition which) {
        return db.select(key, coalesce(sum(amount), BigDecimal.ZERO)).from(key.getTable()).where(which).groupBy(key)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Locks the couple's charges (and so their billing) until the transaction ends. */
    void lockCharges(UUID coupleId) {
        db.select(CHARGE.ID).from(CHARGE).where(CHARGE.COUPLE_ID.eq(coupleId)).forUpdate().fetch();
    }

    /** Locks the couple's invoices until the transaction ends, for allocating money to them. */
    void lockInvoices(UUID coupleId) {
        db.select(INVOICE.ID).from(INVOICE).where(INVOICE.COUPLE_ID.eq(coupleId)).orderBy(INVOICE.ID).forUpdate().fetch();
    }

    /** Locks the couple's payments until the transaction ends. */
    void lockPayments(UUID coupleId) {
        db.select(PAYMENT.ID).from(PAYMENT).where(PAYMENT.COUPLE_ID.eq(coupleId)).orderBy(PAYMENT.ID).forUpdate().fetch();
    }

    Collection<UUID> couplesWithInvoices() {
        return db.selectDistinct(INVOICE.COUPLE_ID).from(INVOICE).fetch(INVOICE.COUPLE_ID);
    }
}
