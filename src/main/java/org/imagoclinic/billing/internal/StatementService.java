package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.StatementEmailRequested;
import org.imagoclinic.billing.StatementEmailRequested.PayerStatement;
import org.imagoclinic.billing.Statements;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly statements: every movement of a couple's account in a month, from the billing tables.
 * Invoices and refunds raise what is owed; credit notes and payments lower it. The opening balance
 * is the same sum over everything before the month, so consecutive statements join up.
 */
@Service
@PreAuthorize(BillingAccess.BILLERS)
class StatementService implements Statements {

    private final DSLContext db;
    private final Couples couples;
    private final Invoices invoices;
    private final StatementPdf pdf;
    private final BillingAccess access;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatementService(DSLContext db, Couples couples, Invoices invoices, StatementPdf pdf, BillingAccess access,
                     BillingSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.db = db;
        this.couples = couples;
        this.invoices = invoices;
        this.pdf = pdf;
        this.access = access;
        this.clock = clock;
    }

    /** One movement: a document's number or a payment's method, its day and its signed amount. */
    record Movement(LocalDate day, String what, Money amount) {
    }

    @Override
    @Transactional
    public byte[] monthly(UUID coupleId, @Nullable YearMonth month) {
        checked(month);
        Statement statement = compose(coupleId, month, PayerRules.addressee(invoices.payerOf(coupleId), couples.get(coupleId)));
        access.audited(AuditAction.PRINT, "Statement", coupleId, coupleId, "statement for " + month);
        return statement.pdf();
    }

    @Override
    @Transactional
    public List<UUID> email(UUID coupleId, @Nullable YearMonth month) {
        checked(month);
        Couple couple = couples.get(coupleId);
        Payer payer = invoices.payerOf(coupleId);
        List<UUID> payers = switch (payer.kind()) {
            case PARTNER -> List.of(PayerRules.partnerOf(couple, payer.personId()).personId());
            case SPLIT -> List.of(couple.partnerA().personId(), couple.partnerB().personId());
            case THIRD_PARTY -> throw new BusinessRuleException("A third party pays for this couple and has no email "
                    + "address on record: print the statement and send it to them.");
        };
        List<PayerStatement> addressed = new ArrayList<>();
        Money due = Money.ZERO;
        for (UUID payerId : payers) {
            Statement statement = compose(coupleId, month, PayerRules.addresseeAlone(payer, couple, payerId));
            addressed.add(new PayerStatement(payerId, statement.pdf()));
            due = statement.due();
        }
        access.audited(AuditAction.PRINT, "Statement", coupleId, coupleId, "statement for " + month + " emailed to "
                + (payers.size() == 1 ? "the paying partner" : "both partners"));
        events.publishEvent(new StatementEmailRequested(UUID.randomUUID(), coupleId, month, due.toString(),
                settings.currency(), addressed));
        return payers;
    }

    /** A statement made: its PDF and what is owed at the end of its month. */
    private record Statement(byte[] pdf, Money due) {
    }

    private YearMonth checked(@Nullable YearMonth month) {
        if (month == null || month.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("month", "Choose a month that has begun, e.g. " + YearMonth.now(clock) + ".");
        }
        return month;
    }

    private Statement compose(UUID coupleId, @Nullable YearMonth month, String addressee) {
        YearMonth checked = checked(month);
        LocalDate start = checked.atDay(1);
        List<Movement> all = movements(coupleId, checked.atEndOfMonth());
        Money opening = all.stream().filter(m -> m.day().isBefore(start)).map(Movement::amount).reduce(Money.ZERO, Money::plus);
        List<Movement> inMonth = all.stream().filter(m -> !m.day().isBefore(start)).toList();
        Money due = inMonth.stream().map(Movement::amount).reduce(opening, Money::plus);
        return new Statement(pdf.write(addressee, checked, opening, inMonth), due);
    }

    private List<Movement> movements(UUID coupleId, LocalDate until) {
        List<Movement> movements = new ArrayList<>();
        db.select(INVOICE.ISSUED_ON, INVOICE.NUMBER, INVOICE.TOTAL).from(INVOICE)
                .where(INVOICE.COUPLE_ID.eq(coupleId).and(INVOICE.ISSUED_ON.le(until)))
                .forEach(r -> movements.add(new Movement(r.value1(), "Invoice " + r.value2(), Money.of(r.value3()))));
        db.select(CREDIT_NOTE.ISSUED_ON, CREDIT_NOTE.NUMBER, CREDIT_NOTE.AMOUNT).from(CREDIT_NOTE).join(INVOICE)
                .on(INVOICE.ID.eq(CREDIT_NOTE.INVOICE_ID))
                .where(INVOICE.COUPLE_ID.eq(coupleId).and(CREDIT_NOTE.ISSUED_ON.le(until)))
                .forEach(r -> movements.add(new Movement(r.value1(), "Credit note " + r.value2(), negative(r.value3()))));
        db.select(PAYMENT.RECEIVED_ON, PAYMENT.METHOD, PAYMENT.AMOUNT).from(PAYMENT)
                .where(PAYMENT.COUPLE_ID.eq(coupleId).and(PAYMENT.RECEIVED_ON.le(until)))
                .forEach(r -> movements.add(new Movement(r.value1(), "Payment received, "
                        + org.imagoclinic.billing.PaymentMethod.valueOf(r.value2()).label().toLowerCase(), negative(r.value3()))));
        db.select(REFUND.REFUNDED_ON, REFUND.AMOUNT).from(REFUND).join(PAYMENT).on(PAYMENT.ID.eq(REFUND.PAYMENT_ID))
                .where(PAYMENT.COUPLE_ID.eq(coupleId).and(REFUND.REFUNDED_ON.le(until)))
                .forEach(r -> movements.add(new Movement(r.value1(), "Refund", Money.of(r.value2()))));
        movements.sort(Comparator.comparing(Movement::day));
        return movements;
    }

    private static Money negative(BigDecimal amount) {
        return Money.of(amount).negate();
    }
}
