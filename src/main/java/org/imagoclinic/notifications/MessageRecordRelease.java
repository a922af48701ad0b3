package org.imagoclinic.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The notifications module's part of a partner's copy of their record (ADR 0040, issue 30): the messages
 * the clinic sent, or tried to send, to that partner, and never those to the other partner (their
 * address and what they were told are theirs). Checks no care team and audits nothing: only the records
 * module calls it, and it decides and audits (ArchitectureTests).
 */
public interface MessageRecordRelease {

    /** A message to the partner as the copy shows it: what kind, how, when and whether it went. */
    record ReleasedMessage(Instant createdAt, Channel channel, String recipient, MessageTemplate.TemplateKind template,
                           MessageStatus status, String subject, @Nullable Instant sentAt) {
    }

    /** The partner's messages about this couple (or about no couple, e.g. a portal sign-in), oldest first. */
    List<ReleasedMessage> toPartner(UUID coupleId, UUID partnerId);
}
