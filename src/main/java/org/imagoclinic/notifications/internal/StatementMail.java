package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.DOCUMENT_MAIL;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.billing.StatementEmailRequested;
import org.imagoclinic.billing.StatementEmailRequested.PayerStatement;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.clients.MessageContacts.CoupleContacts;
import org.imagoclinic.clients.MessageContacts.PartnerContact;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageSent;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly statements by email (ADR 0047): one message per paying partner, by email only, with consent
 * to email and, for a partner marked safe contact only, only to the safe email address. The PDF billing
 * made for that partner (addressed to them alone) is kept with the message until it goes; the outbox
 * keeps the text that went, as for any message.
 */
@Component
class StatementMail {

    private static final Logger log = LoggerFactory.getLogger(StatementMail.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final DSLContext db;
    private final OutboxRepository outbox;
    private final MessageContacts contacts;
    private final PreferencesService preferences;
    private final Recipients recipients;
    private final TemplateRepository templates;
    private final MessageRenderer renderer;
    private final MailChannel mail;
    private final UnsubscribeLinks unsubscribe;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatementMail(DSLContext db, OutboxRepository outbox, MessageContacts contacts, PreferencesService preferences,
                  Recipients recipients, TemplateRepository templates, MessageRenderer renderer, MailChannel mail,
                  UnsubscribeLinks unsubscribe, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.contacts = contacts;
        this.preferences = preferences;
        this.recipients = recipients;
        this.templates = templates;
        this.renderer = renderer;
        this.mail = mail;
        this.unsubscribe = unsubscribe;
        this.events = events;
        this.clock = clock;
    }

    /** Puts one message per paying partner in the outbox (once per request); returns those to send now. */
    @Transactional
    List<UUID> plan(StatementEmailRequested requested) {
        Instant now = clock.instant();
        CoupleContacts couple = contacts.contactsOf(requested.coupleId()).orElse(null);
        if (couple == null) {
            log.warn("Couple {} is not on record: no statement mailed", requested.coupleId());
            return List.of();
        }
        List<UUID> queued = new ArrayList<>();
        for (PayerStatement payer : requested.payers()) {
            UUID payerId = payer.personId();
            PartnerContact partner = couple.partner(payerId).orElse(null);
            if (partner == null) {
                continue;
            }
            Recipients.Route route = recipients.emailRoute(partner, preferences.current(payerId));
            UUID id = UUID.randomUUID();
            boolean added = outbox.add(new PlannedMessage(id, requested.coupleId(), null, payerId, Channel.EMAIL,
                    route.address(), TemplateKind.STATEMENT, route.deliverable() ? MessageStatus.QUEUED
                    : MessageStatus.SUPPRESSED, route.refusal(), 0, now, null, null,
                    "statement:" + requested.requestId() + ":" + payerId), now);
            if (added && route.deliverable()) {
                db.insertInto(DOCUMENT_MAIL).set(DOCUMENT_MAIL.MESSAGE_ID, id)
                        .set(DOCUMENT_MAIL.MONTH, MONTH.format(requested.month()))
                        .set(DOCUMENT_MAIL.AMOUNT_DUE, payer.due() + " " + requested.currency())
                        .set(DOCUMENT_MAIL.FILE_NAME, "statement-" + requested.month() + ".pdf")
                        .set(DOCUMENT_MAIL.PDF, payer.pdf()).execute();
                queued.add(id);
            }
        }
        return queued;
    }

    /** Sends one statement message, checking the partner's consent and safe contact as they are now. */
    void deliver(PlannedMessage message, PartnerContact partner, Instant now) throws DeliveryFailure {
        Recipients.Route route = recipients.emailRoute(partner, preferences.current(message.partnerId()));
        if (!route.deliverable()) {
            outbox.markSuppressed(message.id(), Channel.EMAIL, null, route.refusal());
            forget(message.id());
            return;
        }
        var statement = db.selectFrom(DOCUMENT_MAIL).where(DOCUMENT_MAIL.MESSAGE_ID.eq(message.id())).fetchOne();
        if (statement == null) {
            outbox.markSuppressed(message.id(), Channel.EMAIL, route.address(), "the statement is no longer kept");
            return;
        }
        ClinicContact clinic = templates.clinic();
        MessageRenderer.Rendered rendered = renderer.render(templates.get(TemplateKind.STATEMENT), clinic,
                partner.calledName(), null, "", Map.of("month", statement.getMonth(), "amountDue", statement.getAmountDue()));
        String link = unsubscribe.linkFor(message.partnerId(), Channel.EMAIL);
        String providerId = mail.send(new MailChannel.Email(route.address(), rendered.subject(),
                rendered.text() + "\n\nTo stop these emails: " + link,
                rendered.html() + "<p style=\"font-size:small\"><a href=\"" + link + "\">Stop these emails</a></p>",
                link, null, new MailChannel.Pdf(statement.getFileName(), statement.getPdf())));
        outbox.markSent(message.id(), Channel.EMAIL, route.address(), rendered.subject(),
                rendered.text() + "\n(attached: " + statement.getFileName() + ")", providerId, now);
        forget(message.id());
        events.publishEvent(new MessageSent(message.id(), message.coupleId(), null, message.partnerId(), Channel.EMAIL,
                TemplateKind.STATEMENT, now));
    }

    /** The PDF is kept only until its mail went or was set aside: billing can make it again. */
    private void forget(UUID messageId) {
        db.deleteFrom(DOCUMENT_MAIL).where(DOCUMENT_MAIL.MESSAGE_ID.eq(messageId)).execute();
    }
}
