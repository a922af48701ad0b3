package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ALLOCATION;
import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.StatementEmailRequested.PayerStatement;
import org.imagoclinic.billing.PayerKind;
import org.imagoclinic.billing.PaymentMethod;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Makes monthly statements from the billing tables: every movement of a couple's account that its
 * reader may see (ADR 0047). Invoices and refunds raise what is owed; credit notes and payments lower
 * it. The opening balance is the same sum over everything before the month, so consecutive statements
 * join up. A partner's statement leaves out the other partner's invoices of their own individual
 * sessions and what was paid to them. Checks no access: its callers do.
 */
@Component
class StatementComposer {

    private final DSLContext db;
    private final StatementPdf pdf;

    StatementComposer(DSLContext db, StatementPdf pdf) {
        this.db = db;
        this.pdf = pdf;
    }

    /** One movement: a document's number or a payment's method, its day and its signed amount. */
    record Movement(LocalDate day, String what, Money amount) {
    }

    /**
     * A statement made: its PDF, what is owed at the end of its month, and whether it has anything to
     * say (a movement in the month or money owed either way).
     */
    record Statement(byte[] pdf, Money due, boolean worthSending) {
    }

    Statement compose(UUID coupleId, YearMonth month, String addressee, StatementReader reader) {
        LocalDate start = month.atDay(1);
        List<Movement> all = movements(coupleId, month.atEndOfMonth(), reader);
        Money opening = all.stream().filter(m -> m.day().isBefore(start)).map(Movement::amount).reduce(Money.ZERO, Money::plus);
        List<Movement> inMonth = all.stream().filter(m -> !m.day().isBefore(start)).toList();
        Money due = inMonth.stream().map(Movement::amount).reduce(opening, Money::plus);
        return new Statement(pdf.write(addressee, month, opening, inMonth), due, !inMonth.isEmpty() || !due.isZero());
    }

    /**
     * Which partners read the statement of a couple whose payer this is: the paying partners, and any
     * partner with invoices of their own individual sessions (addressed to them alone) by the month's end.
     * A third party who pays reads its own ({@link #forThirdParty}).
     */
    List<UUID> partnerReaders(Payer payer, UUID partnerA, UUID partnerB, YearMonth month) {
        Set<UUID> readers = new LinkedHashSet<>(switch (payer.kind()) {
            case PARTNER -> List.of(payer.personId());
            case SPLIT -> List.of(partnerA, partnerB);
            case THIRD_PARTY -> List.<UUID>of();
        });
        db.selectDistinct(INVOICE.PAYER_PERSON_ID).from(INVOICE)
                .where(INVOICE.COUPLE_ID.eq(payer.coupleId()).and(INVOICE.PAYER_KIND.eq(PayerKind.PARTNER.name()))
                        .and(INVOICE.ISSUED_ON.le(month.atEndOfMonth())))
                .orderBy(INVOICE.PAYER_PERSON_ID)
                .forEach(r -> readers.add(r.value1()));
        return List.copyOf(readers);
    }

    /**
     * The statement of each partner who reads one (see {@link #partnerReaders}), addressed to them alone.
     *
     * @param worthSendingOnly leave out a statement with no movement in the month and nothing owed
     */
    List<PayerStatement> forPartners(Payer payer, UUID partnerA, String nameA, UUID partnerB, String nameB,
                                     YearMonth month, boolean worthSendingOnly) {
        List<PayerStatement> addressed = new ArrayList<>();
        for (UUID reader : partnerReaders(payer, partnerA, partnerB, month)) {
            Statement statement = compose(payer.coupleId(), month,
                    PayerRules.addresseeAlone(payer, reader, reader.equals(partnerA) ? nameA : nameB),
                    StatementReader.partner(reader));
            if (statement.worthSending() || !worthSendingOnly) {
                addressed.add(new PayerStatement(reader, statement.pdf(), statement.due().toString()));
            }
        }
        return addressed;
    }

    /**
     * The statement of the third party who pays, addressed to it; empty when a partner pays, or when it
     * would say nothing and only those worth sending are asked for.
     */
    java.util.Optional<Statement> forThirdParty(Payer payer, YearMonth month, boolean worthSendingOnly) {
        if (payer.kind() != PayerKind.THIRD_PARTY) {
            return java.util.Optional.empty();
        }
        Statement statement = compose(payer.coupleId(), month, PayerRules.thirdPartyAddressee(payer),
                StatementReader.thirdParty());
        return statement.worthSending() || !worthSendingOnly ? java.util.Optional.of(statement) : java.util.Optional.empty();
    }

    /**
     * The movements the reader may see: the invoices addressed to them and their credit notes; of each
     * payment, what went to those invoices and, when it is the reader's own, what is left of it; the
     * refunds of their own payments.
     */
    private List<Movement> movements(UUID coupleId, LocalDate until, StatementReader reader) {
        List<Movement> movements = new ArrayList<>();
        Set<UUID> shown = new HashSet<>();
        db.select(INVOICE.ID, INVOICE.ISSUED_ON, INVOICE.NUMBER, INVOICE.TOTAL, INVOICE.PAYER_KIND, INVOICE.PAYER_PERSON_ID,
                        INVOICE.OWN_OF)
                .from(INVOICE).where(INVOICE.COUPLE_ID.eq(coupleId).and(INVOICE.ISSUED_ON.le(until)))
                .forEach(r -> {
                    if (reader.reads(PayerKind.valueOf(r.value5()), r.value6(), r.value7())) {
                        shown.add(r.value1());
                        movements.add(new Movement(r.value2(), "Invoice " + r.value3(), Money.of(r.value4())));
                    }
                });
        db.select(CREDIT_NOTE.ISSUED_ON, CREDIT_NOTE.NUMBER, CREDIT_NOTE.AMOUNT, CREDIT_NOTE.INVOICE_ID).from(CREDIT_NOTE)
                .join(INVOICE).on(INVOICE.ID.eq(CREDIT_NOTE.INVOICE_ID))
                .where(INVOICE.COUPLE_ID.eq(coupleId).and(CREDIT_NOTE.ISSUED_ON.le(until)))
                .forEach(r -> {
                    if (shown.contains(r.value4())) {
                        movements.add(new Movement(r.value1(), "Credit note " + r.value2(), negative(r.value3())));
                    }
                });
        Map<UUID, Money> toShown = new HashMap<>();
        Map<UUID, Money> toAny = new HashMap<>();
        db.select(ALLOCATION.PAYMENT_ID, ALLOCATION.INVOICE_ID, ALLOCATION.AMOUNT).from(ALLOCATION).join(PAYMENT)
                .on(PAYMENT.ID.eq(ALLOCATION.PAYMENT_ID)).where(PAYMENT.COUPLE_ID.eq(coupleId))
                .forEach(r -> {
                    toAny.merge(r.value1(), Money.of(r.value3()), Money::plus);
                    if (shown.contains(r.value2())) {
                        toShown.merge(r.value1(), Money.of(r.value3()), Money::plus);
                    }
                });
        db.select(PAYMENT.ID, PAYMENT.RECEIVED_ON, PAYMENT.METHOD, PAYMENT.AMOUNT, PAYMENT.PAID_BY).from(PAYMENT)
                .where(PAYMENT.COUPLE_ID.eq(coupleId).and(PAYMENT.RECEIVED_ON.le(until)))
                .forEach(r -> {
                    Money seen = toShown.getOrDefault(r.value1(), Money.ZERO);
                    if (reader.paid(r.value5())) {
                        seen = seen.plus(Money.of(r.value4()).minus(toAny.getOrDefault(r.value1(), Money.ZERO)));
                    }
                    if (!seen.isZero()) {
                        movements.add(new Movement(r.value2(), "Payment received, "
                                + PaymentMethod.valueOf(r.value3()).label().toLowerCase(), seen.negate()));
                    }
                });
        db.select(REFUND.REFUNDED_ON, REFUND.AMOUNT, PAYMENT.PAID_BY).from(REFUND).join(PAYMENT)
                .on(PAYMENT.ID.eq(REFUND.PAYMENT_ID))
                .where(PAYMENT.COUPLE_ID.eq(coupleId).and(REFUND.REFUNDED_ON.le(until)))
                .forEach(r -> {
                    if (reader.paid(r.value3())) {
                        movements.add(new Movement(r.value1(), "Refund", Money.of(r.value2())));
                    }
                });
        movements.sort(Comparator.comparing(Movement::day));
        return movements;
    }

    private static Money negative(BigDecimal amount) {
        return Money.of(amount).negate();
    }
}
