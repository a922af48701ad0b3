package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.AgingReport;
import org.imagoclinic.billing.Balance;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.NewPayment;
import org.imagoclinic.billing.Payment;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.PaymentRecorded;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PaymentService implements Payments {

    private final DSLContext db;
    private final Ledger ledger;
    private final Allocations allocations;
    private final Couples couples;
    private final BillingAccess access;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentService(DSLContext db, Ledger ledger, Allocations allocations, Couples couples, BillingAccess access,
                   BillingSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.ledger = ledger;
        this.allocations = allocations;
        this.couples = couples;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public Payment record(UUID coupleId, NewPayment payment) {
        Money amount = Amounts.checked("amount", payment.amount(), true);
        if (payment.method() == null) {
            throw new InvalidInputException("method", "Choose how it was paid.");
        }
        String reference = payment.reference() == null || payment.reference().isBlank() ? null : payment.reference().strip();
        if (reference == null && payment.method() != PaymentMethod.CASH) {
            throw new InvalidInputException("reference", "Enter the card slip or transfer reference.");
        }
        if (reference != null && reference.length() > 100) {
            throw new InvalidInputException("reference", "Keep the reference under 100 characters.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate received = payment.receivedOn() == null ? today : payment.receivedOn();
        if (received.isAfter(today) || received.isBefore(today.minusYears(1))) {
            throw new InvalidInputException("receivedOn", "Give the day it came in: today or within the last year.");
        }
        Couple couple = couples.get(coupleId);
        if (payment.paidBy() != null) {
            PayerRules.partnerOf(couple, payment.paidBy());
        }
        if (payment.invoiceId() != null) {
            Invoice named = ledger.invoice(payment.invoiceId()).filter(i -> i.coupleId().equals(coupleId))
                    .orElseThrow(() -> new InvalidInputException("invoiceId", "That invoice is not one of this couple's."));
            if (!Allocations.payableBy(payment.paidBy(), named)) {
                throw new InvalidInputException("invoiceId", "Invoice " + named.number() + " is "
                        + PayerRules.partnerOf(couple, named.ownOf()).displayName()
                        + "'s own: record the payment as paid by them to put it against it.");
            }
        }
        ledger.lockInvoices(coupleId);
        ledger.lockPayments(coupleId);
        UUID id = UUID.randomUUID();
        db.insertInto(PAYMENT).set(PAYMENT.ID, id).set(PAYMENT.COUPLE_ID, coupleId).set(PAYMENT.PAID_BY, payment.paidBy())
                .set(PAYMENT.METHOD, payment.method().name()).set(PAYMENT.REFERENCE, reference)
                .set(PAYMENT.AMOUNT, amount.amount()).set(PAYMENT.RECEIVED_ON, received)
                .set(PAYMENT.RECORDED_AT, OffsetDateTime.now(clock)).set(PAYMENT.RECORDED_BY, access.myName()).execute();
        allocations.settle(coupleId, payment.invoiceId());
        access.audited(AuditAction.CREATE, "Payment", id, coupleId, payment.method().label() + " " + amount);
        events.publishEvent(new PaymentRecorded(id, coupleId, amount, payment.method(), received));
        return ledger.payment(id).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public List<Payment> ofCouple(UUID coupleId) {
        access.audited(AuditAction.VIEW, "Payments", coupleId, coupleId, null);
        return ledger.paymentsOf(coupleId);
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public Payment refund(UUID paymentId, @Nullable BigDecimal amount, @Nullable String reason) {
        String why = Amounts.reason(reason);
        Money money = Amounts.checked("amount", amount, true);
        UUID coupleId = ledger.payment(paymentId).map(Payment::coupleId)
                .orElseThrow(() -> new NotFoundException("No payment with this id."));
        ledger.lockPayments(coupleId);
        Payment payment = ledger.payment(paymentId).orElseThrow();
        if (money.compareTo(payment.unallocated()) > 0) {
            throw new InvalidInputException("amount", "Only " + payment.unallocated() + " of this payment is not paying an "
                    + "invoice; credit the invoice first to refund more.");
        }
        db.insertInto(REFUND).set(REFUND.ID, UUID.randomUUID()).set(REFUND.PAYMENT_ID, paymentId)
                .set(REFUND.AMOUNT, money.amount()).set(REFUND.REASON, why).set(REFUND.REFUNDED_ON, LocalDate.now(clock))
                .set(REFUND.RECORDED_AT, OffsetDateTime.now(clock)).set(REFUND.RECORDED_BY, access.myName()).execute();
        access.audited(AuditAction.CREATE, "Refund", paymentId, coupleId, "refunded " + money + ": " + why);
        return ledger.payment(paymentId).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public List<Payment> receivedOn(LocalDate day) {
        List<Payment> received = ledger.paymentsReceivedOn(day);
        received.stream().map(Payment::coupleId).distinct()
                .forEach(coupleId -> access.audited(AuditAction.VIEW, "Payments", day, coupleId, "payments of the day"));
        return received;
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BALANCE_READERS)
    public Balance balanceOf(UUID coupleId) {
        access.requireMaySeeBalance(coupleId);
        Couple couple = couples.get(coupleId);
        access.audited(AuditAction.VIEW, "Balance", coupleId, coupleId, null);
        Money unbilled = ledger.chargesOf(coupleId).stream().filter(c -> !c.invoiced()).map(Charge::net)
                .reduce(Money.ZERO, Money::plus);
        List<Invoice> invoices = ledger.invoicesOf(coupleId);
        Money outstanding = invoices.stream().map(Invoice::outstanding).reduce(Money.ZERO, Money::plus);
        Money credit = ledger.paymentsOf(coupleId).stream().map(Payment::unallocated).reduce(Money.ZERO, Money::plus);
        Map<UUID, Money> byPartner = new LinkedHashMap<>();
        byPartner.put(couple.partnerA().personId(), Money.ZERO);
        byPartner.put(couple.partnerB().personId(), Money.ZERO);
        for (Invoice invoice : invoices) {
            shares(invoice, couple).forEach((person, part) -> byPartner.merge(person, part, Money::plus));
        }
        List<Balance.PartnerBalance> partners = List.of(couple.partnerA(), couple.partnerB()).stream()
                .map(p -> new Balance.PartnerBalance(p.personId(), p.displayName(), byPartner.get(p.personId()))).toList();
        return new Balance(coupleId, settings.currency(), unbilled, outstanding, credit, outstanding.minus(credit), partners);
    }

    /** Each partner's part of what an invoice still asks for, by the payer it was issued to. */
    static Map<UUID, Money> shares(Invoice invoice, Couple couple) {
        Money owed = invoice.outstanding();
        return switch (invoice.payerKind()) {
            case THIRD_PARTY -> Map.of();
            case PARTNER -> Map.of(invoice.payerPersonId(), owed);
            case SPLIT -> {
                Partner first = PayerRules.partnerOf(couple, invoice.payerPersonId());
                Partner other = first == couple.partnerA() ? couple.partnerB() : couple.partnerA();
                Money[] parts = owed.split(invoice.sharePercent());
                yield Map.of(first.personId(), parts[0], other.personId(), parts[1]);
            }
        };
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.REPORT_READERS)
    public AgingReport aging() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Money[]> byCouple = new LinkedHashMap<>();
        for (Invoice invoice : ledger.outstandingInvoices()) {
            long days = ChronoUnit.DAYS.between(invoice.issuedOn(), today);
            int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
            Money[] sums = byCouple.computeIfAbsent(invoice.coupleId(),
                    id -> new Money[] {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO});
            sums[bucket] = sums[bucket].plus(invoice.outstanding());
        }
        List<AgingReport.Row> rows = new ArrayList<>();
        Money[] totals = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        byCouple.forEach((coupleId, sums) -> {
            rows.add(new AgingReport.Row(coupleId, couples.get(coupleId).displayName(), sums[0], sums[1], sums[2], sums[3]));
            access.audited(AuditAction.VIEW, "AgingReport", today, coupleId, null);
            for (int i = 0; i < 4; i++) {
                totals[i] = totals[i].plus(sums[i]);
            }
        });
        rows.sort(java.util.Comparator.comparing(AgingReport.Row::over90).thenComparing(AgingReport.Row::days61to90)
                .thenComparing(AgingReport.Row::days31to60).thenComparing(AgingReport.Row::total).reversed());
        return new AgingReport(today, settings.currency(),
                rows, new AgingReport.Row(null, "All couples", totals[0], totals[1], totals[2], totals[3]));
    }
}
