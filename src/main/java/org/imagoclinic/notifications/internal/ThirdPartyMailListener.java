package org.imagoclinic.notifications.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagoclinic.billing.ThirdPartyMailRequested;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears that billing asked for a statement or an invoice to be emailed to the third party who pays
 * (ADR 0047), puts it in the outbox as mail to that address and sends it at once, like a statement to a
 * partner; what fails stays in the outbox for its recurring run.
 */
@Component
class ThirdPartyMailListener {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final AddressedMail mail;
    private final Dispatcher dispatcher;

    ThirdPartyMailListener(AddressedMail mail, Dispatcher dispatcher) {
        this.mail = mail;
        this.dispatcher = dispatcher;
    }

    @ApplicationModuleListener
    void on(ThirdPartyMailRequested requested) {
        boolean statement = requested.month() != null;
        AddressedMail.Document document = new AddressedMail.Document(requested.fileName(), requested.pdf(),
                statement ? MONTH.format(requested.month()) : null, requested.invoiceNumber(),
                requested.amountDue() + " " + requested.currency());
        mail.plan(requested.coupleId(), requested.payerName(), requested.email(),
                        statement ? TemplateKind.STATEMENT : TemplateKind.INVOICE, document,
                        "payer-mail:" + requested.requestId())
                .ifPresent(dispatcher::deliverNow);
    }
}
