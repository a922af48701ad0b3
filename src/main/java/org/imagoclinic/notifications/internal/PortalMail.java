package org.imagoclinic.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.clients.MessageContacts.PartnerContact;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageSent;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.portal.PortalLinkRequested.Purpose;
import org.imagoclinic.portal.PortalSignInLinks;
import org.imagoclinic.portal.PortalSignInLinks.SignInLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends the portal's invitations and sign-in links (ADR 0041): by email only, to the portal account's
 * address, which must be the safe one for a partner marked safe contact only. The one-time link is made
 * as the mail goes and is kept nowhere in the outbox: its copy of the text says where the link was.
 * Being asked for, these mails need no consent to the clinic's reminders and carry no unsubscribe link.
 */
@Component
class PortalMail {

    static final String LINK_NOT_KEPT = "(one-time sign-in link, not kept)";

    private final OutboxRepository outbox;
    private final MessageContacts contacts;
    private final PreferencesService preferences;
    private final TemplateRepository templates;
    private final MessageRenderer renderer;
    private final MailChannel mail;
    private final PortalSignInLinks links;
    private final ApplicationEventPublisher events;

    PortalMail(OutboxRepository outbox, MessageContacts contacts, PreferencesService preferences,
               TemplateRepository templates, MessageRenderer renderer, MailChannel mail, PortalSignInLinks links,
               ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.preferences = preferences;
        this.templates = templates;
        this.renderer = renderer;
        this.mail = mail;
        this.links = links;
        this.events = events;
    }

    void deliver(PlannedMessage message, Instant now) throws DeliveryFailure {
        PartnerContact partner = message.coupleId() == null ? null
                : contacts.contactsOf(message.coupleId()).flatMap(c -> c.partner(message.partnerId())).orElse(null);
        String address = message.recipient();
        if (partner == null || address == null || message.portalAccountId() == null) {
            outbox.markSuppressed(message.id(), Channel.EMAIL, address, "the partner is no longer on record");
            return;
        }
        PartnerPreferences choices = preferences.current(message.partnerId());
        if (choices.safeContactOnly() && !(choices.safeChannel() == Channel.EMAIL
                && address.equalsIgnoreCase(String.valueOf(choices.safeAddress()).strip()))) {
            outbox.markSuppressed(message.id(), Channel.EMAIL, null,
                    "safe contact only: portal mail goes only to the safe email address");
            return;
        }
        Purpose purpose = message.template() == TemplateKind.PORTAL_INVITATION ? Purpose.INVITATION : Purpose.SIGN_IN;
        SignInLink link = links.issue(message.portalAccountId(), purpose).orElse(null);
        if (link == null) {
            outbox.markSuppressed(message.id(), Channel.EMAIL, address, "the portal account is disabled");
            return;
        }
        ClinicContact clinic = templates.clinic();
        MessageRenderer.Rendered rendered = renderer.renderPortal(templates.get(message.template()), clinic,
                partner.calledName(), link.url(), describe(link.validFor()));
        String providerId = mail.send(new MailChannel.Email(address, rendered.subject(), rendered.text(), rendered.html(),
                null, null));
        outbox.markSent(message.id(), Channel.EMAIL, address, rendered.subject(),
                rendered.text().replace(link.url(), LINK_NOT_KEPT), providerId, now);
        events.publishEvent(new MessageSent(message.id(), message.coupleId(), null, message.partnerId(), Channel.EMAIL,
                message.template(), now));
    }

    private static String describe(Duration validity) {
        return validity.toDays() >= 1 ? validity.toDays() + " days" : validity.toMinutes() + " minutes";
    }
}
