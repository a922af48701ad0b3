package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.WAITLIST_OFFER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.scheduling.OfferAnswer;
import org.imagoclinic.scheduling.internal.db.tables.records.WaitlistOfferRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Offers of freed slots to waiting couples (ADR 0046); an offer is answered or closed, never deleted. */
@Repository
class WaitlistOfferRepository {

    /** An offer as stored. */
    record StoredOffer(UUID id, UUID entryId, UUID coupleId, UUID freedAppointmentId, Instant start, Instant end,
                       Instant offeredAt, Instant expiresAt, OfferAnswer answer, @Nullable Instant answeredAt,
                       @Nullable String answeredBy, @Nullable UUID bookedAppointmentId) {
    }

    private final DSLContext db;

    WaitlistOfferRepository(DSLContext db) {
        this.db = db;
    }

    void insert(StoredOffer offer) {
        db.insertInto(WAITLIST_OFFER).set(WAITLIST_OFFER.ID, offer.id()).set(WAITLIST_OFFER.ENTRY_ID, offer.entryId())
                .set(WAITLIST_OFFER.COUPLE_ID, offer.coupleId())
                .set(WAITLIST_OFFER.FREED_APPOINTMENT_ID, offer.freedAppointmentId())
                .set(WAITLIST_OFFER.STARTS_AT, at(offer.start())).set(WAITLIST_OFFER.ENDS_AT, at(offer.end()))
                .set(WAITLIST_OFFER.OFFERED_AT, at(offer.offeredAt())).set(WAITLIST_OFFER.EXPIRES_AT, at(offer.expiresAt()))
                .set(WAITLIST_OFFER.ANSWER, offer.answer().name()).execute();
    }

    Optional<StoredOffer> findForUpdate(UUID id) {
        return db.selectFrom(WAITLIST_OFFER).where(WAITLIST_OFFER.ID.eq(id)).forUpdate()
                .fetchOptional(WaitlistOfferRepository::toOffer);
    }

    /** Every offer ever made of this slot. */
    List<StoredOffer> ofSlot(UUID freedAppointmentId) {
        return db.selectFrom(WAITLIST_OFFER).where(WAITLIST_OFFER.FREED_APPOINTMENT_ID.eq(freedAppointmentId))
                .fetch(WaitlistOfferRepository::toOffer);
    }

    /** The open offers made to this waitlist entry. */
    List<StoredOffer> openOfEntry(UUID entryId) {
        return db.selectFrom(WAITLIST_OFFER).where(WAITLIST_OFFER.ENTRY_ID.eq(entryId))
                .and(WAITLIST_OFFER.ANSWER.eq(OfferAnswer.OPEN.name())).forUpdate()
                .fetch(WaitlistOfferRepository::toOffer);
    }

    /** Open offers that ran out by {@code now}, locked; rows another instance holds are skipped. */
    List<StoredOffer> runOut(Instant now) {
        return db.selectFrom(WAITLIST_OFFER).where(WAITLIST_OFFER.ANSWER.eq(OfferAnswer.OPEN.name()))
                .and(WAITLIST_OFFER.EXPIRES_AT.le(at(now))).orderBy(WAITLIST_OFFER.EXPIRES_AT).limit(100)
                .forUpdate().skipLocked().fetch(WaitlistOfferRepository::toOffer);
    }

    /** Open offers and those made since {@code since}, newest first. */
    List<StoredOffer> recent(Instant since) {
        return db.selectFrom(WAITLIST_OFFER).where(WAITLIST_OFFER.ANSWER.eq(OfferAnswer.OPEN.name())
                        .or(WAITLIST_OFFER.OFFERED_AT.ge(at(since))))
                .orderBy(WAITLIST_OFFER.OFFERED_AT.desc()).limit(500).fetch(WaitlistOfferRepository::toOffer);
    }

    void answer(UUID id, OfferAnswer answer, Instant at, String by, @Nullable UUID bookedAppointmentId) {
        db.update(WAITLIST_OFFER).set(WAITLIST_OFFER.ANSWER, answer.name()).set(WAITLIST_OFFER.ANSWERED_AT, at(at))
                .set(WAITLIST_OFFER.ANSWERED_BY, by).set(WAITLIST_OFFER.BOOKED_APPOINTMENT_ID, bookedAppointmentId)
                .where(WAITLIST_OFFER.ID.eq(id)).execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static StoredOffer toOffer(WaitlistOfferRecord row) {
        return new StoredOffer(row.getId(), row.getEntryId(), row.getCoupleId(), row.getFreedAppointmentId(),
                row.getStartsAt().toInstant(), row.getEndsAt().toInstant(), row.getOfferedAt().toInstant(),
                row.getExpiresAt().toInstant(), OfferAnswer.valueOf(row.getAnswer()),
                row.getAnsweredAt() == null ? null : row.getAnsweredAt().toInstant(), row.getAnsweredBy(),
                row.getBookedAppointmentId());
    }
}
