package org.imagoclinic.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message to one partner on one channel, as the outbox keeps it.
 *
 * @param recipient the email address or phone number; none when suppressed for lack of one
 * @param reason why it failed or was suppressed
 * @param nextAttemptAt when it is due (queued) or was last due
 * @param sessionStart the session it speaks of, if any
 * @param subject what was sent, once it was
 */
public record OutboxMessage(UUID id, @Nullable UUID coupleId, @Nullable UUID appointmentId, UUID partnerId,
                            Channel channel, @Nullable String recipient, MessageTemplate.TemplateKind template,
                            MessageStatus status, @Nullable String reason, int attempts, Instant nextAttemptAt,
                            @Nullable Instant sessionStart, @Nullable String subject, Instant createdAt,
                            @Nullable Instant sentAt) {
}
