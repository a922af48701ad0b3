package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.portal.PortalLinkRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears that a partner is to get a portal link, puts the mail in the outbox (once per request, however
 * often the event comes) and sends it at once: a partner is waiting for it. Should that fail, the
 * outbox's recurring run tries again like for any message.
 */
@Component
class PortalMessagesListener {

    private final OutboxRepository outbox;
    private final Dispatcher dispatcher;
    private final Clock clock;

    PortalMessagesListener(OutboxRepository outbox, Dispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PortalLinkRequested requested) {
        UUID id = UUID.randomUUID();
        TemplateKind kind = requested.purpose() == PortalLinkRequested.Purpose.INVITATION
                ? TemplateKind.PORTAL_INVITATION : TemplateKind.PORTAL_SIGN_IN;
        boolean added = outbox.add(new PlannedMessage(id, requested.coupleId(), null, requested.personId(), Channel.EMAIL,
                requested.email(), kind, MessageStatus.QUEUED, null, 0, clock.instant(), null, null,
                "portal:" + requested.requestId(), requested.accountId()), clock.instant());
        if (added) {
            dispatcher.deliverNow(id);
        }
    }
}
