package org.imagoclinic.notifications.internal;

import java.time.Instant;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.jspecify.annotations.Nullable;

/**
 * A message as the planner writes it to the outbox and the dispatcher reads it back.
 *
 * @param dedupeKey one per occasion (session, partner, kind, time), so that a repeated event plans nothing twice
 * @param portalAccountId the portal account a portal message signs in to; null for the others
 * @param partnerId the partner it is for; null for mail to an address that is no partner's ({@link AddressedMail})
 * @param replyBy when a waitlist offer runs out; null for the others
 * @param recipientName whom a message without a partner greets, e.g. a third party who pays; null for the others
 */
record PlannedMessage(UUID id, @Nullable UUID coupleId, @Nullable UUID appointmentId, @Nullable UUID partnerId,
                      Channel channel, @Nullable String recipient, TemplateKind template, MessageStatus status,
                      @Nullable String reason, int attempts, Instant due, @Nullable Instant sessionStart,
                      @Nullable Instant sessionEnd, String dedupeKey, @Nullable UUID portalAccountId,
                      @Nullable Instant replyBy, @Nullable String recipientName) {

    /** A message to a partner. */
    PlannedMessage(UUID id, @Nullable UUID coupleId, @Nullable UUID appointmentId, UUID partnerId, Channel channel,
                   @Nullable String recipient, TemplateKind template, MessageStatus status, @Nullable String reason,
                   int attempts, Instant due, @Nullable Instant sessionStart, @Nullable Instant sessionEnd,
                   String dedupeKey, @Nullable UUID portalAccountId, @Nullable Instant replyBy) {
        this(id, coupleId, appointmentId, partnerId, channel, recipient, template, status, reason, attempts, due,
                sessionStart, sessionEnd, dedupeKey, portalAccountId, replyBy, null);
    }

    /** A portal message. */
    PlannedMessage(UUID id, @Nullable UUID coupleId, @Nullable UUID appointmentId, UUID partnerId, Channel channel,
                   @Nullable String recipient, TemplateKind template, MessageStatus status, @Nullable String reason,
                   int attempts, Instant due, @Nullable Instant sessionStart, @Nullable Instant sessionEnd,
                   String dedupeKey, @Nullable UUID portalAccountId) {
        this(id, coupleId, appointmentId, partnerId, channel, recipient, template, status, reason, attempts, due,
                sessionStart, sessionEnd, dedupeKey, portalAccountId, null);
    }

    /** A message about a session. */
    PlannedMessage(UUID id, @Nullable UUID coupleId, @Nullable UUID appointmentId, UUID partnerId, Channel channel,
                   @Nullable String recipient, TemplateKind template, MessageStatus status, @Nullable String reason,
                   int attempts, Instant due, @Nullable Instant sessionStart, @Nullable Instant sessionEnd,
                   String dedupeKey) {
        this(id, coupleId, appointmentId, partnerId, channel, recipient, template, status, reason, attempts, due,
                sessionStart, sessionEnd, dedupeKey, null, null);
    }
}
