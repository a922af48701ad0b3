package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.DOCUMENT_MAIL;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail to an address that is no partner's (ADR 0047): a document for the third party who pays for a
 * couple. The outbox message has no partner, only the address and whom it greets, so no partner's
 * consent, safe contact or unsubscribe link applies; the address is checked like every address. The
 * PDF waits beside its message until it goes or is set aside, as a statement to a partner does.
 */
@Component
class AddressedMail {

    private final DSLContext db;
    private final OutboxRepository outbox;
    private final TemplateRepository templates;
    private final MessageRenderer renderer;
    private final MailChannel mail;
    private final Clock clock;

    AddressedMail(DSLContext db, OutboxRepository outbox, TemplateRepository templates, MessageRenderer renderer,
                  MailChannel mail, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.templates = templates;
        this.renderer = renderer;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * A PDF and what the template says of it.
     *
     * @param month a statement's month, e.g. "November 2026"; null for an invoice
     * @param documentNumber an invoice's number; null for a statement
     * @param amountDue what it asks for, with the currency
     */
    record Document(String fileName, byte[] pdf, @Nullable String month, @Nullable String documentNumber,
                    String amountDue) {
    }

    /**
     * Puts the message in the outbox once per dedupe key; returns it when it is to go now (a valid
     * address), empty when it was there already or set aside for its address.
     */
    @Transactional
    Optional<UUID> plan(UUID coupleId, String name, String address, TemplateKind template, Document document,
                        String dedupeKey) {
        Instant now = clock.instant();
        Optional<String> refusal = ContactAddresses.problem(Channel.EMAIL, address);
        UUID id = UUID.randomUUID();
        boolean added = outbox.add(new PlannedMessage(id, coupleId, null, null, Channel.EMAIL, address.strip(), template,
                refusal.isEmpty() ? MessageStatus.QUEUED : MessageStatus.SUPPRESSED, refusal.orElse(null), 0, now, null,
                null, dedupeKey, null, null, name), now);
        if (!added || refusal.isPresent()) {
            return Optional.empty();
        }
        db.insertInto(DOCUMENT_MAIL).set(DOCUMENT_MAIL.MESSAGE_ID, id).set(DOCUMENT_MAIL.MONTH, document.month())
                .set(DOCUMENT_MAIL.DOCUMENT_NUMBER, document.documentNumber())
                .set(DOCUMENT_MAIL.AMOUNT_DUE, document.amountDue()).set(DOCUMENT_MAIL.FILE_NAME, document.fileName())
                .set(DOCUMENT_MAIL.PDF, document.pdf()).execute();
        return Optional.of(id);
    }

    /** Sends one message to its address with its PDF; the outbox keeps the text that went. */
    void deliver(PlannedMessage message, Instant now) throws DeliveryFailure {
        var document = db.selectFrom(DOCUMENT_MAIL).where(DOCUMENT_MAIL.MESSAGE_ID.eq(message.id())).fetchOne();
        if (document == null || message.recipient() == null || message.recipientName() == null) {
            outbox.markSuppressed(message.id(), Channel.EMAIL, message.recipient(), "the document is no longer kept");
            return;
        }
        Map<String, String> own = new HashMap<>();
        own.put("amountDue", document.getAmountDue());
        if (document.getMonth() != null) {
            own.put("month", document.getMonth());
        }
        if (document.getDocumentNumber() != null) {
            own.put("invoiceNumber", document.getDocumentNumber());
        }
        MessageRenderer.Rendered rendered = renderer.render(templates.get(message.template()), templates.clinic(),
                message.recipientName(), null, "", own);
        String providerId = mail.send(new MailChannel.Email(message.recipient(), rendered.subject(), rendered.text(),
                rendered.html(), null, null, new MailChannel.Pdf(document.getFileName(), document.getPdf())));
        outbox.markSent(message.id(), Channel.EMAIL, message.recipient(), rendered.subject(),
                rendered.text() + "\n(attached: " + document.getFileName() + ")", providerId, now);
        db.deleteFrom(DOCUMENT_MAIL).where(DOCUMENT_MAIL.MESSAGE_ID.eq(message.id())).execute();
    }
}
