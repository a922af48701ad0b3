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
 */
record PlannedMessage(UUID id, @Nullable UUID coupleId, @Nullable UUID appointmentId, UUID partnerId, Channel channel,
                      @Nullable String recipient, TemplateKind template, MessageStatus status, @Nullable String reason,
                      int attempts, Instant due, @Nullable Instant sessionStart, @Nullable Instant sessionEnd,
                      String dedupeKey) {
}
