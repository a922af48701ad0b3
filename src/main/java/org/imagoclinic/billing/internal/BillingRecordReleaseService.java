package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.CHARGE;
import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE_LINE;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.billing.BillingRecordRelease;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class BillingRecordReleaseService implements BillingRecordRelease {

    private final DSLContext db;

    BillingRecordReleaseService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReleasedInvoice> invoicesOf(UUID coupleId) {
        return db.selectFrom(INVOICE).where(INVOICE.COUPLE_ID.eq(coupleId)).orderBy(INVOICE.ISSUED_ON, INVOICE.NUMBER)
                .fetch(invoice -> new ReleasedInvoice(invoice.getNumber(), invoice.getIssuedOn(), invoice.getDueOn(),
                        invoice.getCurrency(), invoice.getTotal(), credited(invoice.getId()), linesOf(invoice.getId()),
                        invoice.getOwnOf()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReleasedPayment> paymentsOf(UUID coupleId) {
        return db.selectFrom(PAYMENT).where(PAYMENT.COUPLE_ID.eq(coupleId)).orderBy(PAYMENT.RECEIVED_ON)
                .fetch(payment -> new ReleasedPayment(payment.getReceivedOn(), payment.getMethod(), payment.getAmount(),
                        payment.getPaidBy()));
    }

    private List<ReleasedLine> linesOf(UUID invoiceId) {
        return db.select(CHARGE.SOURCE_ID, INVOICE_LINE.SERVICE_DATE, INVOICE_LINE.DESCRIPTION, INVOICE_LINE.AMOUNT)
                .from(INVOICE_LINE).join(CHARGE).on(CHARGE.ID.eq(INVOICE_LINE.CHARGE_ID))
                .where(INVOICE_LINE.INVOICE_ID.eq(invoiceId)).orderBy(INVOICE_LINE.POSITION)
                .fetch(line -> new ReleasedLine(line.value1(), line.value2(), line.value3(), line.value4()));
    }

    private BigDecimal credited(UUID invoiceId) {
        return db.select(DSL.coalesce(DSL.sum(CREDIT_NOTE.AMOUNT), BigDecimal.ZERO)).from(CREDIT_NOTE)
                .where(CREDIT_NOTE.INVOICE_ID.eq(invoiceId)).fetchSingle(0, BigDecimal.class);
    }
}
