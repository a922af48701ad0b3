package org.imagoclinic.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/** A message could not be sent after its last attempt. */
public record MessageFailed(UUID messageId, @Nullable UUID coupleId, @Nullable UUID appointmentId, UUID partnerId,
                            Channel channel, MessageTemplate.TemplateKind template, String reason, Instant failedAt)
        implements DomainEvent {
}
