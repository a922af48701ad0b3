package org.imagoclinic.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message to one partner on one channel, as the outbox keeps it, or to an address that is no
 * partner's (a third party who pays for a couple; ADR 0047).
 *
 * @param partnerId the partner it is for; null for a message to a third party's address

 * @param recipient the email address or phone number; none when suppressed for lack of one
 * @param reason why it failed or was suppressed
 * @param nextAttemptAt when it is due (queued) or was last due
 * @param sessionStart the session it speaks of, if any
 * @param subject what was sent, once it was
 * @param recipientName whom a message without a partner is for, e.g. "Acme employee assistance"
 */
public record OutboxMessage(UUID id, @Nullable UUID coupleId, @Nullable UUID appointmentId, @Nullable UUID partnerId,
                            Channel channel, @Nullable String recipient, MessageTemplate.TemplateKind template,
                            MessageStatus status, @Nullable String reason, int attempts, Instant nextAttemptAt,
                            @Nullable Instant sessionStart, @Nullable String subject, Instant createdAt,
                            @Nullable Instant sentAt, @Nullable String recipientName) {
}
