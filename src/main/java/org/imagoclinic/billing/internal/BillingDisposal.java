package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ADJUSTMENT;
import static org.imagoclinic.billing.internal.db.Tables.ALLOCATION;
import static org.imagoclinic.billing.internal.db.Tables.CHARGE;
import static org.imagoclinic.billing.internal.db.Tables.CREDIT_NOTE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE;
import static org.imagoclinic.billing.internal.db.Tables.INVOICE_LINE;
import static org.imagoclinic.billing.internal.db.Tables.PAYER;
import static org.imagoclinic.billing.internal.db.Tables.PAYMENT;
import static org.imagoclinic.billing.internal.db.Tables.REFUND;
import static org.imagoclinic.billing.internal.db.Tables.SLIDING_SCALE;
import static org.imagoclinic.billing.internal.db.Tables.STATEMENT_SENT;

import java.util.UUID;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Disposes of the couple's financial records (ADR 0049), which the disposal list waits for as well:
 * charges and their adjustments, invoices with their lines and credit notes, payments with their
 * allocations and refunds, the payer and the sliding-scale fee. Invoice numbers are not reused.
 * Running it again finds nothing left.
 */
@Component
class BillingDisposal {

    private static final Logger log = LoggerFactory.getLogger(BillingDisposal.class);

    private final DSLContext db;

    BillingDisposal(DSLContext db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        UUID couple = disposal.coupleId();
        // the one deletion the append-only triggers allow (migration V95)
        db.execute("select set_config('imago.disposal', 'on', true)");
        var invoices = db.select(INVOICE.ID).from(INVOICE).where(INVOICE.COUPLE_ID.eq(couple));
        var payments = db.select(PAYMENT.ID).from(PAYMENT).where(PAYMENT.COUPLE_ID.eq(couple));
        var charges = db.select(CHARGE.ID).from(CHARGE).where(CHARGE.COUPLE_ID.eq(couple));
        db.deleteFrom(ALLOCATION).where(ALLOCATION.PAYMENT_ID.in(payments).or(ALLOCATION.INVOICE_ID.in(invoices))).execute();
        db.deleteFrom(REFUND).where(REFUND.PAYMENT_ID.in(payments)).execute();
        int paid = db.deleteFrom(PAYMENT).where(PAYMENT.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(CREDIT_NOTE).where(CREDIT_NOTE.INVOICE_ID.in(invoices)).execute();
        db.deleteFrom(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.in(invoices).or(INVOICE_LINE.CHARGE_ID.in(charges)))
                .execute();
        int invoiced = db.deleteFrom(INVOICE).where(INVOICE.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(ADJUSTMENT).where(ADJUSTMENT.CHARGE_ID.in(charges)).execute();
        db.deleteFrom(CHARGE).where(CHARGE.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(PAYER).where(PAYER.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(SLIDING_SCALE).where(SLIDING_SCALE.COUPLE_ID.eq(couple)).execute();
        db.deleteFrom(STATEMENT_SENT).where(STATEMENT_SENT.COUPLE_ID.eq(couple)).execute();
        log.info("Disposal {}: {} invoice(s) and {} payment(s) removed from billing", disposal.disposalId(), invoiced, paid);
    }
}
