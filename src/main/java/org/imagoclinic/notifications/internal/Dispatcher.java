package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.clients.MessageContacts.PartnerContact;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageFailed;
import org.imagoclinic.notifications.MessageSent;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.SessionPlaces;
import org.imagoclinic.scheduling.SessionPlaces.SessionPlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due from the outbox, by the clinic clock. Each batch is taken with row locks that
 * other instances skip, so two dispatchers never send the same message; a message that fails for a
 * temporary reason waits longer after each attempt and fails for good after the last one. Each
 * message is checked again before it goes: the partner's consent and safe contact as they are now,
 * and that the session is still at the time the message speaks of.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 20;
    private static final int MOST_BATCHES_PER_RUN = 25;
    /** The portal's sign-in page, where a partner asks for a link to their own space. */
    static final String PORTAL_SIGN_IN_PAGE = "/portal/signin";

    private final OutboxRepository outbox;
    private final MessageContacts contacts;
    private final PreferencesService preferences;
    private final Recipients recipients;
    private final SessionPlaces places;
    private final TemplateRepository templates;
    private final MessageRenderer renderer;
    private final MailChannel mail;
    private final TextMessages texts;
    private final UnsubscribeLinks unsubscribe;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PortalMail portalMail;
    private final StatementMail statementMail;
    private final AddressedMail addressedMail;

    Dispatcher(OutboxRepository outbox, MessageContacts contacts, PreferencesService preferences, Recipients recipients,
               SessionPlaces places, TemplateRepository templates, MessageRenderer renderer, MailChannel mail,
               TextMessages texts, UnsubscribeLinks unsubscribe, NotificationSettings settings,
               ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, PortalMail portalMail,
               StatementMail statementMail, AddressedMail addressedMail) {
        this.statementMail = statementMail;
        this.addressedMail = addressedMail;
        this.outbox = outbox;
        this.contacts = contacts;
        this.preferences = preferences;
        this.recipients = recipients;
        this.places = places;
        this.templates = templates;
        this.renderer = renderer;
        this.mail = mail;
        this.texts = texts;
        this.unsubscribe = unsubscribe;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.portalMail = portalMail;
    }

    /** Sends every message due now (in batches); returns how many were handled. */
    int deliverDue() {
        int handled = 0;
        for (int batch = 0; batch < MOST_BATCHES_PER_RUN; batch++) {
            Integer count = transaction.execute(status -> {
                List<PlannedMessage> due = outbox.takeDue(clock.instant(), BATCH);
                due.forEach(this::deliver);
                return due.size();
            });
            handled += count == null ? 0 : count;
            if (count == null || count < BATCH) {
                break;
            }
        }
        return handled;
    }

    /**
     * Sends one queued message now, if no dispatcher holds it: a sign-in link the partner is waiting
     * for. Whatever fails stays in the outbox for the recurring run, as with any other message.
     */
    void deliverNow(UUID messageId) {
        transaction.executeWithoutResult(status -> outbox.takeQueued(messageId).ifPresent(this::deliver));
    }

    private void deliver(PlannedMessage message) {
        Instant now = clock.instant();
        if (message.template() == TemplateKind.PORTAL_SIGN_IN) {
            // asked for a moment ago by the partner themselves: no quiet hours
            deliverPortal(message, now);
            return;
        }
        if (settings.quietHours().contains(now, clock.getZone())) {
            outbox.postpone(message.id(), settings.quietHours().laterOutside(now, clock.getZone()));
            return;
        }
        if (message.partnerId() == null) {
            deliverAddressed(message, now);
            return;
        }
        PartnerContact partner = message.coupleId() == null ? null
                : contacts.contactsOf(message.coupleId()).flatMap(c -> c.partner(message.partnerId())).orElse(null);
        if (partner == null) {
            outbox.markSuppressed(message.id(), message.channel(), null, "the partner is no longer on record");
            return;
        }
        if (message.template().portal()) {
            deliverPortal(message, now);
            return;
        }
        if (message.template() == TemplateKind.STATEMENT) {
            deliverStatement(message, partner, now);
            return;
        }
        Recipients.Route route = recipients.route(partner, preferences.current(message.partnerId()));
        if (!route.deliverable()) {
            outbox.markSuppressed(message.id(), route.channel(), null, route.refusal());
            return;
        }
        Optional<SessionPlace> place = message.appointmentId() == null ? Optional.empty()
                : places.placeOf(message.appointmentId());
        Optional<String> stale = staleness(message, place, now);
        if (stale.isPresent()) {
            outbox.markSuppressed(message.id(), route.channel(), route.address(), stale.get());
            return;
        }
        ClinicContact clinic = templates.clinic();
        String where = place.map(SessionPlace::describe).orElse("");
        Map<String, String> own = new HashMap<>();
        if (message.replyBy() != null) {
            own.put("replyBy", renderer.day(message.replyBy()) + " at " + renderer.time(message.replyBy()));
        }
        if (message.template() == TemplateKind.MEASURE_DUE) {
            own.put("link", settings.publicUrl() + PORTAL_SIGN_IN_PAGE);
            where = "Sign in: " + own.get("link");
        }
        MessageRenderer.Rendered rendered = renderer.render(templates.get(message.template()), clinic,
                partner.calledName(), message.sessionStart(), where, own);
        try {
            String providerId = send(message, route, rendered, clinic, where, now);
            outbox.markSent(message.id(), route.channel(), route.address(), rendered.subject(), rendered.text(),
                    providerId, now);
            events.publishEvent(new MessageSent(message.id(), message.coupleId(), message.appointmentId(),
                    message.partnerId(), route.channel(), message.template(), now));
        } catch (DeliveryFailure failure) {
            failed(message, failure, now);
        }
    }

    private String send(PlannedMessage message, Recipients.Route route, MessageRenderer.Rendered rendered,
                        ClinicContact clinic, String where, Instant now) throws DeliveryFailure {
        if (route.channel() == Channel.TEXT) {
            String reply = message.replyBy() == null ? "" : " Answer by " + renderer.day(message.replyBy()) + " "
                    + renderer.time(message.replyBy()) + ".";
            String text = rendered.subject() + "." + reply + (where.isBlank() ? "" : " " + where + ".") + " "
                    + clinic.clinicName() + " " + clinic.phone() + ". Reply STOP to stop these messages.";
            return texts.send(ContactAddresses.phoneForProvider(route.address()), text,
                    settings.publicUrl() + TextMessageCallbacks.STATUS_PATH);
        }
        String link = unsubscribe.linkFor(message.partnerId(), Channel.EMAIL);
        boolean withCalendar = message.template() == TemplateKind.SESSION_BOOKED
                || message.template() == TemplateKind.SESSION_MOVED;
        String calendar = withCalendar && message.sessionEnd() != null && message.appointmentId() != null
                ? SessionCalendarEntry.write(message.appointmentId(), clinic.clinicName(), message.sessionStart(),
                message.sessionEnd(), where, now) : null;
        return mail.send(new MailChannel.Email(route.address(), rendered.subject(),
                rendered.text() + "\n\nTo stop these emails: " + link,
                rendered.html() + "<p style=\"font-size:small\"><a href=\"" + link + "\">Stop these emails</a></p>",
                link, calendar));
    }

    /** Why the message no longer fits its session, if it doesn't. */
    private static Optional<String> staleness(PlannedMessage message, Optional<SessionPlace> place, Instant now) {
        if (message.template() == TemplateKind.SESSION_CANCELLED || message.sessionStart() == null) {
            return Optional.empty();
        }
        if (message.template() == TemplateKind.WAITLIST_OFFER) {
            // the slot is a cancelled session's: only its time matters; a closed offer was set aside already
            return message.sessionStart().isAfter(now) ? Optional.empty()
                    : Optional.of("the slot had begun before the offer could go");
        }
        if (place.isEmpty() || place.get().status() != AppointmentStatus.SCHEDULED) {
            return Optional.of("the session is no longer scheduled");
        }
        if (!place.get().start().equals(message.sessionStart())) {
            return Optional.of("the session moved");
        }
        if (!message.sessionStart().isAfter(now)) {
            return Optional.of("the session had begun before the message could go");
        }
        return Optional.empty();
    }

    private void deliverPortal(PlannedMessage message, Instant now) {
        try {
            portalMail.deliver(message, now);
        } catch (DeliveryFailure failure) {
            failed(message, failure, now);
        }
    }

    private void deliverStatement(PlannedMessage message, PartnerContact partner, Instant now) {
        try {
            statementMail.deliver(message, partner, now);
        } catch (DeliveryFailure failure) {
            failed(message, failure, now);
        }
    }

    private void deliverAddressed(PlannedMessage message, Instant now) {
        try {
            addressedMail.deliver(message, now);
        } catch (DeliveryFailure failure) {
            failed(message, failure, now);
        }
    }

    private void failed(PlannedMessage message, DeliveryFailure failure, Instant now) {
        int attempts = message.attempts() + 1;
        if (failure.temporary() && attempts < settings.maxAttempts()) {
            Instant next = settings.quietHours().laterOutside(now.plus(settings.retryAfter(attempts)), clock.getZone());
            outbox.retryLater(message.id(), failure.getMessage(), next);
            log.info("Message {} not sent (attempt {}), tried again at {}: {}", message.id(), attempts, next,
                    failure.getMessage());
            return;
        }
        String reason = (failure.temporary() ? "gave up after " + attempts + " attempts: " : "") + failure.getMessage();
        outbox.markFailed(message.id(), reason);
        if (message.partnerId() == null) {
            // mail to a third party's address is no partner's message: the outbox alone records it
            log.warn("Message {} failed: {}", message.id(), reason);
            return;
        }
        events.publishEvent(new MessageFailed(message.id(), message.coupleId(), message.appointmentId(),
                message.partnerId(), message.channel(), message.template(), reason, now));
        log.warn("Message {} failed: {}", message.id(), reason);
    }
}
