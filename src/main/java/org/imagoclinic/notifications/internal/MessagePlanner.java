package org.imagoclinic.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.MessageContacts;
import org.imagoclinic.clients.MessageContacts.CoupleContacts;
import org.imagoclinic.clients.MessageContacts.PartnerContact;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a session booked, moved or cancelled into messages in the outbox: to each partner who
 * attends (an individual session: that partner only, so the other partner never hears of it), one
 * at once and the reminders before the session, none inside quiet hours. A partner who can't be
 * written to gets one suppressed message saying why, and no reminders.
 */
@Component
class MessagePlanner {

    private static final Logger log = LoggerFactory.getLogger(MessagePlanner.class);

    private final OutboxRepository outbox;
    private final MessageContacts contacts;
    private final PreferencesService preferences;
    private final Recipients recipients;
    private final NotificationSettings settings;
    private final Clock clock;

    MessagePlanner(OutboxRepository outbox, MessageContacts contacts, PreferencesService preferences,
                   Recipients recipients, NotificationSettings settings, Clock clock) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.preferences = preferences;
        this.recipients = recipients;
        this.settings = settings;
        this.clock = clock;
    }

    /** A session in the future: a confirmation now and the reminders. */
    @Transactional
    void booked(UUID appointmentId, @Nullable UUID coupleId, List<UUID> personIds, Instant start, Instant end) {
        plan(TemplateKind.SESSION_BOOKED, appointmentId, coupleId, personIds, start, end, "", true);
    }

    /** A session moved: what was planned for the old time is set aside, a message says where it went. */
    @Transactional
    void moved(UUID appointmentId, @Nullable UUID coupleId, List<UUID> personIds, Instant from, Instant start,
               Instant end) {
        outbox.suppressQueued(appointmentId, personIds, "the session moved");
        plan(TemplateKind.SESSION_MOVED, appointmentId, coupleId, personIds, start, end, "from" + from.getEpochSecond(), true);
    }

    /** A session cancelled: its reminders are set aside, and a session still to come is called off by message. */
    @Transactional
    void cancelled(UUID appointmentId, @Nullable UUID coupleId, List<UUID> personIds, Instant start, Instant end) {
        outbox.suppressQueued(appointmentId, personIds, "the session was cancelled");
        plan(TemplateKind.SESSION_CANCELLED, appointmentId, coupleId, personIds, start, end, "", false);
    }

    /**
     * A partner's consent was recorded after sessions were booked: the reminders of their sessions to
     * come are planned now, unless they are planned already.
     */
    @Transactional
    void remindersOfSessionsToCome(UUID coupleId, UUID personId, List<Appointment> upcoming) {
        Instant now = clock.instant();
        CoupleContacts couple = contacts.contactsOf(coupleId).orElse(null);
        PartnerContact partner = couple == null ? null : couple.partner(personId).orElse(null);
        if (partner == null) {
            return;
        }
        Recipients.Route route = recipients.route(partner, preferences.current(personId));
        if (!route.deliverable()) {
            return;
        }
        for (Appointment appointment : upcoming) {
            boolean attends = appointment.partnerId() == null || appointment.partnerId().equals(personId);
            if (!attends || appointment.status() != AppointmentStatus.SCHEDULED) {
                continue;
            }
            Instant start = appointment.start().atZone(clock.getZone()).toInstant();
            Instant end = appointment.end().atZone(clock.getZone()).toInstant();
            for (Duration before : settings.reminderOffsets()) {
                Instant due = settings.quietHours().earlierOutside(start.minus(before), clock.getZone());
                if (due.isAfter(now) && !outbox.hasLiveReminder(appointment.id(), personId, start, due)) {
                    outbox.add(new PlannedMessage(UUID.randomUUID(), coupleId, appointment.id(), personId,
                            route.channel(), route.address(), TemplateKind.REMINDER, MessageStatus.QUEUED, null, 0, due,
                            start, end, appointment.id() + ":" + personId + ":" + start.getEpochSecond()
                            + ":consent" + now.toEpochMilli() + ":" + TemplateKind.REMINDER + ":" + before), now);
                }
            }
        }
    }

    /**
     * A message to each partner of a couple about no session of theirs (a slot offered from the
     * waitlist, a questionnaire due): now, or when quiet hours end. A partner who can't be written to
     * gets one suppressed message saying why.
     *
     * @param occasion what the message is about, unique for its kind (the offer, the measure due)
     * @param appointmentId for an offer, the cancelled session whose slot it is
     */
    @Transactional
    void toCouple(TemplateKind kind, UUID coupleId, UUID occasion, @Nullable UUID appointmentId,
                  @Nullable Instant slotStart, @Nullable Instant slotEnd, @Nullable Instant replyBy) {
        Instant now = clock.instant();
        CoupleContacts couple = contacts.contactsOf(coupleId).orElse(null);
        if (couple == null) {
            log.warn("Couple {} is not on record: no {} message", coupleId, kind);
            return;
        }
        Instant at = settings.quietHours().laterOutside(now, clock.getZone());
        for (PartnerContact partner : couple.partners()) {
            Recipients.Route route = recipients.route(partner, preferences.current(partner.personId()));
            outbox.add(new PlannedMessage(UUID.randomUUID(), coupleId, appointmentId, partner.personId(),
                    route.channel(), route.address(), kind, route.deliverable() ? MessageStatus.QUEUED
                    : MessageStatus.SUPPRESSED, route.refusal(), 0, at, slotStart, slotEnd,
                    kind + ":" + occasion + ":" + partner.personId(), null, replyBy), now);
        }
    }

    private void plan(TemplateKind kind, UUID appointmentId, @Nullable UUID coupleId, List<UUID> personIds,
                      Instant start, Instant end, String occasionTag, boolean withReminders) {
        Instant now = clock.instant();
        if (coupleId == null || !start.isAfter(now)) {
            return;
        }
        CoupleContacts couple = contacts.contactsOf(coupleId).orElse(null);
        if (couple == null) {
            log.warn("Session {} belongs to couple {}, who is not on record: no message", appointmentId, coupleId);
            return;
        }
        for (UUID personId : personIds) {
            PartnerContact partner = couple.partner(personId).orElse(null);
            if (partner == null) {
                continue;
            }
            PartnerPreferences choices = preferences.current(personId);
            Recipients.Route route = recipients.route(partner, choices);
            String occasion = appointmentId + ":" + personId + ":" + start.getEpochSecond() + ":" + kind + occasionTag;
            Instant at = settings.quietHours().laterOutside(now, clock.getZone());
            outbox.add(new PlannedMessage(UUID.randomUUID(), coupleId, appointmentId, personId, route.channel(),
                    route.address(), kind, route.deliverable() ? MessageStatus.QUEUED : MessageStatus.SUPPRESSED,
                    route.refusal(), 0, at, start, end, occasion), now);
            if (withReminders && route.deliverable()) {
                for (Duration before : settings.reminderOffsets()) {
                    Instant due = settings.quietHours().earlierOutside(start.minus(before), clock.getZone());
                    if (due.isAfter(now)) {
                        outbox.add(new PlannedMessage(UUID.randomUUID(), coupleId, appointmentId, personId,
                                route.channel(), route.address(), TemplateKind.REMINDER, MessageStatus.QUEUED, null, 0,
                                due, start, end, occasion + ":" + TemplateKind.REMINDER + ":" + before), now);
                    }
                }
            }
        }
    }
}
