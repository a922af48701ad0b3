package org.imagoclinic.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/** A message left the clinic (handed to the mail server or the text-message provider). */
public record MessageSent(UUID messageId, @Nullable UUID coupleId, @Nullable UUID appointmentId, UUID partnerId,
                          Channel channel, MessageTemplate.TemplateKind template, Instant sentAt) implements DomainEvent {
}
