package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.NUMBER_COUNTER;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers without gaps per series and year (ADR 0036): the counter row is incremented in the
 * transaction that issues the document and stays locked until it ends, so a second issuer waits, and a
 * rollback gives the number back. Take the number last, after every other lock, to keep the wait short
 * and free of deadlocks.
 */
@Component
class DocumentNumbers {

    /** Invoices: 2026-0001. */
    static final String INVOICES = "INV";
    /** Credit notes: CN-2026-0001. */
    static final String CREDIT_NOTES = "CN";

    private final DSLContext db;

    DocumentNumbers(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String series, int year) {
        int number = db.insertInto(NUMBER_COUNTER)
                .set(NUMBER_COUNTER.SERIES, series).set(NUMBER_COUNTER.YEAR, year).set(NUMBER_COUNTER.LAST, 1)
                .onConflict(NUMBER_COUNTER.SERIES, NUMBER_COUNTER.YEAR).doUpdate()
                .set(NUMBER_COUNTER.LAST, NUMBER_COUNTER.LAST.plus(1))
                .returning(NUMBER_COUNTER.LAST).fetchOne(NUMBER_COUNTER.LAST);
        String formatted = "%d-%04d".formatted(year, number);
        return series.equals(INVOICES) ? formatted : series + "-" + formatted;
    }
}
