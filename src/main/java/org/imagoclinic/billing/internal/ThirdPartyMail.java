package org.imagoclinic.billing.internal;

import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Payer;
import org.imagoclinic.billing.ThirdPartyMailRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks notifications to email a statement or an invoice to the third party who pays (ADR 0047) and
 * audits the request as a print sent to it. Checks no access: its callers do, in their transaction.
 */
@Component
class ThirdPartyMail {

    private final BillingAccess access;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;

    ThirdPartyMail(BillingAccess access, BillingSettings settings, ApplicationEventPublisher events) {
        this.access = access;
        this.settings = settings;
        this.events = events;
    }

    /** The month's statement to the third party; the request id makes a repeated request mail nothing twice. */
    void statement(Payer payer, java.time.YearMonth month, StatementComposer.Statement statement, UUID requestId) {
        access.audited(AuditAction.PRINT, "Statement", payer.coupleId(), payer.coupleId(),
                "statement for " + month + " emailed to the third party who pays");
        events.publishEvent(new ThirdPartyMailRequested(requestId, payer.coupleId(), payer.thirdPartyName(),
                payer.thirdPartyEmail(), month, null, statement.due().toString(), settings.currency(),
                "statement-" + month + ".pdf", statement.pdf()));
    }

    /** An invoice addressed to the third party, its copy without CPT codes. */
    void invoice(Payer payer, Invoice invoice, byte[] pdf) {
        access.audited(AuditAction.PRINT, "Invoice", invoice.id(), invoice.coupleId(),
                invoice.number() + " emailed to the third party who pays");
        events.publishEvent(new ThirdPartyMailRequested(UUID.randomUUID(), payer.coupleId(), payer.thirdPartyName(),
                payer.thirdPartyEmail(), null, invoice.number(), invoice.outstanding().toString(), invoice.currency(),
                "invoice-" + invoice.number() + ".pdf", pdf));
    }
}
