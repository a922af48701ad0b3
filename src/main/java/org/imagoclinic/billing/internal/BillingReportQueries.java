package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ADJUSTMENT;
import static org.imagoclinic.billing.internal.db.Tables.CHARGE;
import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.Money;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The clinic's money in a span of days, for the billing report; {@code to} is the first day left out. */
@Repository
class BillingReportQueries {

    private final DSLContext db;

    BillingReportQueries(DSLContext db) {
        this.db = db;
    }

    /** A charge as the report counts it: its amount after adjustments, on the day of its service. */
    record Charged(LocalDate day, ChargeKind kind, @Nullable UUID therapistId, Money net) {
    }

    /** An amount on the day it was invoiced, credited, received or refunded. */
    record Dated(LocalDate day, Money amount) {
    }

    List<Charged> charged(LocalDate from, LocalDate to) {
        Field<BigDecimal> adjusted = coalesce(field(db.select(sum(ADJUSTMENT.AMOUNT)).from(ADJUSTMENT)
                .where(ADJUSTMENT.CHARGE_ID.eq(CHARGE.ID))), BigDecimal.ZERO);
        return db.select(CHARGE.SERVICE_DATE, CHARGE.KIND, CHARGE.THERAPIST_ID, CHARGE.AMOUNT, adjusted)
                .from(CHARGE).where(CHARGE.SERVICE_DATE.ge(from).and(CHARGE.SERVICE_DATE.lt(to)))
                .fetch(r -> new Charged(r.value1(), ChargeKind.valueOf(r.value2()), r.value3(),
                        Money.of(r.value4().add(r.value5()))));
    }

    List<Dated> invoiced(LocalDate from, LocalDate to) {
        return dated(INVOICE, INVOICE.ISSUED_ON, INVOICE.TOTAL, from, to);
    }

    List<Dated> credited(LocalDate from, LocalDate to) {
        return dated(CREDIT_NOTE, CREDIT_NOTE.ISSUED_ON, CREDIT_NOTE.AMOUNT, from, to);
    }

    List<Dated> collected(LocalDate from, LocalDate to) {
        return dated(PAYMENT, PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT, from, to);
    }

    List<Dated> refunded(LocalDate from, LocalDate to) {
        return dated(REFUND, REFUND.REFUNDED_ON, REFUND.AMOUNT, from, to);
    }

    private List<Dated> dated(Table<?> table, Field<LocalDate> day, Field<BigDecimal> amount, LocalDate from, LocalDate to) {
        return db.select(day, amount).from(table).where(day.ge(from).and(day.lt(to)))
                .fetch(r -> new Dated(r.value1(), Money.of(r.value2())));
    }
}
