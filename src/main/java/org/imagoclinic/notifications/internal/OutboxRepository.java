package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.OUTBOX_MESSAGE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.internal.db.tables.records.OutboxMessageRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The outbox table: planned, sent and refused messages. */
@Repository
class OutboxRepository {

    private final DSLContext db;

    OutboxRepository(DSLContext db) {
        this.db = db;
    }

    /** Adds the message unless one with its dedupe key is there already; returns whether it was added. */
    boolean add(PlannedMessage message, Instant now) {
        return db.insertInto(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.ID, message.id())
                .set(OUTBOX_MESSAGE.COUPLE_ID, message.coupleId())
                .set(OUTBOX_MESSAGE.APPOINTMENT_ID, message.appointmentId())
                .set(OUTBOX_MESSAGE.PARTNER_ID, message.partnerId())
                .set(OUTBOX_MESSAGE.CHANNEL, message.channel().name())
                .set(OUTBOX_MESSAGE.RECIPIENT, message.recipient())
                .set(OUTBOX_MESSAGE.TEMPLATE, message.template().name())
                .set(OUTBOX_MESSAGE.STATUS, message.status().name())
                .set(OUTBOX_MESSAGE.REASON, message.reason())
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, at(message.due()))
                .set(OUTBOX_MESSAGE.SESSION_START, at(message.sessionStart()))
                .set(OUTBOX_MESSAGE.SESSION_END, at(message.sessionEnd()))
                .set(OUTBOX_MESSAGE.DEDUPE_KEY, message.dedupeKey())
                .set(OUTBOX_MESSAGE.PORTAL_ACCOUNT_ID, message.portalAccountId())
                .set(OUTBOX_MESSAGE.REPLY_BY, at(message.replyBy()))
                .set(OUTBOX_MESSAGE.RECIPIENT_NAME, message.recipientName())
                .set(OUTBOX_MESSAGE.CREATED_AT, at(now))
                .onConflict(OUTBOX_MESSAGE.DEDUPE_KEY).doNothing()
                .execute() == 1;
    }

    /**
     * Takes up to {@code limit} queued messages that are due, locked for the caller's transaction;
     * rows another instance holds are skipped, so two dispatchers never take the same message.
     */
    List<PlannedMessage> takeDue(Instant now, int limit) {
        return db.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.STATUS.eq(MessageStatus.QUEUED.name()))
                .and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.le(at(now)))
                .orderBy(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(OutboxRepository::planned);
    }

    /** One queued message, locked, unless another transaction holds it or it is no longer queued. */
    java.util.Optional<PlannedMessage> takeQueued(UUID id) {
        return db.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.ID.eq(id)).and(OUTBOX_MESSAGE.STATUS.eq(MessageStatus.QUEUED.name()))
                .forUpdate().skipLocked()
                .fetchOptional(OutboxRepository::planned);
    }

    /** Whether a reminder for this session, partner and time is waiting or went already. */
    boolean hasLiveReminder(UUID appointmentId, UUID partnerId, Instant sessionStart, Instant due) {
        return db.fetchExists(OUTBOX_MESSAGE, OUTBOX_MESSAGE.APPOINTMENT_ID.eq(appointmentId)
                .and(OUTBOX_MESSAGE.PARTNER_ID.eq(partnerId))
                .and(OUTBOX_MESSAGE.TEMPLATE.eq(TemplateKind.REMINDER.name()))
                .and(OUTBOX_MESSAGE.SESSION_START.eq(at(sessionStart)))
                .and(OUTBOX_MESSAGE.STATUS.in(MessageStatus.QUEUED.name(), MessageStatus.SENT.name(),
                        MessageStatus.DELIVERED.name()))
                .and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.eq(at(due))));
    }

    /** Sets aside what is still queued for a session (it moved or was cancelled); returns how many. */
    int suppressQueued(UUID appointmentId, Collection<UUID> partnerIds, String reason) {
        return db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, MessageStatus.SUPPRESSED.name())
                .set(OUTBOX_MESSAGE.REASON, reason)
                .where(OUTBOX_MESSAGE.APPOINTMENT_ID.eq(appointmentId))
                .and(OUTBOX_MESSAGE.PARTNER_ID.in(partnerIds))
                .and(OUTBOX_MESSAGE.STATUS.eq(MessageStatus.QUEUED.name()))
                .execute();
    }

    /** Sets aside a waitlist offer's messages to the couple that have not gone yet (the offer closed). */
    int suppressQueuedOffer(UUID freedAppointmentId, UUID coupleId, String reason) {
        return db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, MessageStatus.SUPPRESSED.name())
                .set(OUTBOX_MESSAGE.REASON, reason)
                .where(OUTBOX_MESSAGE.APPOINTMENT_ID.eq(freedAppointmentId))
                .and(OUTBOX_MESSAGE.COUPLE_ID.eq(coupleId))
                .and(OUTBOX_MESSAGE.TEMPLATE.eq(TemplateKind.WAITLIST_OFFER.name()))
                .and(OUTBOX_MESSAGE.STATUS.eq(MessageStatus.QUEUED.name()))
                .execute();
    }

    void markSent(UUID id, Channel channel, String recipient, String subject, String bodyText,
                  @Nullable String providerId, Instant now) {
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, MessageStatus.SENT.name())
                .set(OUTBOX_MESSAGE.CHANNEL, channel.name())
                .set(OUTBOX_MESSAGE.RECIPIENT, recipient)
                .set(OUTBOX_MESSAGE.SUBJECT, subject)
                .set(OUTBOX_MESSAGE.BODY_TEXT, bodyText)
                .set(OUTBOX_MESSAGE.PROVIDER_ID, providerId)
                .set(OUTBOX_MESSAGE.REASON, (String) null)
                .set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .set(OUTBOX_MESSAGE.SENT_AT, at(now))
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    void markSuppressed(UUID id, Channel channel, @Nullable String recipient, String reason) {
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, MessageStatus.SUPPRESSED.name())
                .set(OUTBOX_MESSAGE.REASON, reason)
                .set(OUTBOX_MESSAGE.CHANNEL, channel.name())
                .set(OUTBOX_MESSAGE.RECIPIENT, recipient)
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    /** A temporary failure: tried again at {@code next}. */
    void retryLater(UUID id, String reason, Instant next) {
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.REASON, reason)
                .set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, at(next))
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    /** The provider reports the text message reached the phone. */
    void markDelivered(String providerId) {
        db.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.STATUS, MessageStatus.DELIVERED.name())
                .where(OUTBOX_MESSAGE.PROVIDER_ID.eq(providerId)).and(OUTBOX_MESSAGE.STATUS.eq(MessageStatus.SENT.name()))
                .execute();
    }

    /** The provider reports it could not deliver the text message. */
    void markFailedByProvider(String providerId, String reason) {
        db.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.STATUS, MessageStatus.FAILED.name()).set(OUTBOX_MESSAGE.REASON, reason)
                .where(OUTBOX_MESSAGE.PROVIDER_ID.eq(providerId))
                .and(OUTBOX_MESSAGE.STATUS.in(MessageStatus.SENT.name(), MessageStatus.DELIVERED.name()))
                .execute();
    }

    /** The partners text messages went to at this number (digits compared, as the provider writes them). */
    List<UUID> partnersTextedAt(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        return db.selectDistinct(OUTBOX_MESSAGE.PARTNER_ID).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.CHANNEL.eq(Channel.TEXT.name()))
                .and(org.jooq.impl.DSL.regexpReplaceAll(OUTBOX_MESSAGE.RECIPIENT, "[^0-9]", "").eq(digits))
                .fetch(OUTBOX_MESSAGE.PARTNER_ID);
    }

    /** Not now (quiet hours): due again at {@code at}, without counting an attempt. */
    void postpone(UUID id, Instant at) {
        db.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, at(at)).where(OUTBOX_MESSAGE.ID.eq(id)).execute();
    }

    void markFailed(UUID id, String reason) {
        db.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.STATUS, MessageStatus.FAILED.name())
                .set(OUTBOX_MESSAGE.REASON, reason)
                .set(OUTBOX_MESSAGE.ATTEMPTS, OUTBOX_MESSAGE.ATTEMPTS.plus(1))
                .where(OUTBOX_MESSAGE.ID.eq(id))
                .execute();
    }

    List<OutboxMessage> find(@Nullable UUID coupleId, @Nullable MessageStatus status, @Nullable Instant from,
                             @Nullable Instant until, int limit) {
        Condition where = org.jooq.impl.DSL.noCondition();
        if (coupleId != null) {
            where = where.and(OUTBOX_MESSAGE.COUPLE_ID.eq(coupleId));
        }
        if (status != null) {
            where = where.and(OUTBOX_MESSAGE.STATUS.eq(status.name()));
        }
        if (from != null) {
            where = where.and(OUTBOX_MESSAGE.CREATED_AT.ge(at(from)));
        }
        if (until != null) {
            where = where.and(OUTBOX_MESSAGE.CREATED_AT.lt(at(until)));
        }
        return db.selectFrom(OUTBOX_MESSAGE).where(where)
                .orderBy(OUTBOX_MESSAGE.CREATED_AT.desc(), OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.desc())
                .limit(limit)
                .fetch(OutboxRepository::message);
    }

    int countFailedSince(Instant since) {
        return db.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.STATUS.eq(MessageStatus.FAILED.name())
                .and(OUTBOX_MESSAGE.CREATED_AT.ge(at(since))));
    }

    private static PlannedMessage planned(OutboxMessageRecord row) {
        return new PlannedMessage(row.getId(), row.getCoupleId(), row.getAppointmentId(), row.getPartnerId(),
                Channel.valueOf(row.getChannel()), row.getRecipient(), TemplateKind.valueOf(row.getTemplate()),
                MessageStatus.valueOf(row.getStatus()), row.getReason(), row.getAttempts(),
                row.getNextAttemptAt().toInstant(), instant(row.getSessionStart()), instant(row.getSessionEnd()),
                row.getDedupeKey(), row.getPortalAccountId(), instant(row.getReplyBy()), row.getRecipientName());
    }

    private static OutboxMessage message(OutboxMessageRecord row) {
        return new OutboxMessage(row.getId(), row.getCoupleId(), row.getAppointmentId(), row.getPartnerId(),
                Channel.valueOf(row.getChannel()), row.getRecipient(), TemplateKind.valueOf(row.getTemplate()),
                MessageStatus.valueOf(row.getStatus()), row.getReason(), row.getAttempts(),
                row.getNextAttemptAt().toInstant(), instant(row.getSessionStart()), row.getSubject(),
                row.getCreatedAt().toInstant(), instant(row.getSentAt()), row.getRecipientName());
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
