package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.billing.BillingRetention;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class BillingRetentionService implements BillingRetention {

    private final DSLContext db;

    BillingRetentionService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastFinancialDayOf(UUID coupleId) {
        return Optional.ofNullable(db.select(DSL.greatest(
                        DSL.field(DSL.select(DSL.max(INVOICE.ISSUED_ON)).from(INVOICE).where(INVOICE.COUPLE_ID.eq(coupleId))),
                        DSL.field(DSL.select(DSL.max(PAYMENT.RECEIVED_ON)).from(PAYMENT).where(PAYMENT.COUPLE_ID.eq(coupleId))),
                        DSL.field(DSL.select(DSL.max(CREDIT_NOTE.ISSUED_ON)).from(CREDIT_NOTE).join(INVOICE)
                                .on(INVOICE.ID.eq(CREDIT_NOTE.INVOICE_ID)).where(INVOICE.COUPLE_ID.eq(coupleId))),
                        DSL.field(DSL.select(DSL.max(REFUND.REFUNDED_ON)).from(REFUND).join(PAYMENT)
                                .on(PAYMENT.ID.eq(REFUND.PAYMENT_ID)).where(PAYMENT.COUPLE_ID.eq(coupleId)))))
                .fetchOne(0, LocalDate.class));
    }
}
