package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.KIOSK_LINK;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.internal.db.tables.records.KioskLinkRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Kiosk links, found by the hash of their token. */
@Repository
class KioskLinkStore {

    /** A stored link. */
    record StoredLink(UUID id, UUID coupleId, UUID partnerId, String partnerFirstName, @Nullable UUID episodeId,
                      String instrumentCode, String openedByName, @Nullable UUID openedByStaffId, Instant expiresAt,
                      @Nullable Instant usedAt) {

        boolean usableAt(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }

    private final DSLContext db;

    KioskLinkStore(DSLContext db) {
        this.db = db;
    }

    void insert(StoredLink link, String tokenHash, Instant createdAt) {
        db.insertInto(KIOSK_LINK)
                .set(KIOSK_LINK.ID, link.id())
                .set(KIOSK_LINK.TOKEN_HASH, tokenHash)
                .set(KIOSK_LINK.COUPLE_ID, link.coupleId())
                .set(KIOSK_LINK.PARTNER_ID, link.partnerId())
                .set(KIOSK_LINK.PARTNER_FIRST_NAME, link.partnerFirstName())
                .set(KIOSK_LINK.EPISODE_ID, link.episodeId())
                .set(KIOSK_LINK.INSTRUMENT_CODE, link.instrumentCode())
                .set(KIOSK_LINK.OPENED_BY_NAME, link.openedByName())
                .set(KIOSK_LINK.OPENED_BY_STAFF_ID, link.openedByStaffId())
                .set(KIOSK_LINK.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
                .set(KIOSK_LINK.EXPIRES_AT, link.expiresAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    Optional<StoredLink> find(String tokenHash) {
        return db.selectFrom(KIOSK_LINK).where(KIOSK_LINK.TOKEN_HASH.eq(tokenHash)).fetchOptional(KioskLinkStore::toLink);
    }

    /** Locks the link, so that two submissions under one token can't both be kept. */
    Optional<StoredLink> findForUpdate(String tokenHash) {
        return db.selectFrom(KIOSK_LINK).where(KIOSK_LINK.TOKEN_HASH.eq(tokenHash)).forUpdate()
                .fetchOptional(KioskLinkStore::toLink);
    }

    void markUsed(UUID linkId, UUID administrationId, Instant at) {
        db.update(KIOSK_LINK)
                .set(KIOSK_LINK.USED_AT, at.atOffset(ZoneOffset.UTC))
                .set(KIOSK_LINK.ADMINISTRATION_ID, administrationId)
                .where(KIOSK_LINK.ID.eq(linkId))
                .execute();
    }

    private static StoredLink toLink(KioskLinkRecord row) {
        return new StoredLink(row.getId(), row.getCoupleId(), row.getPartnerId(), row.getPartnerFirstName(),
                row.getEpisodeId(), row.getInstrumentCode(), row.getOpenedByName(), row.getOpenedByStaffId(),
                row.getExpiresAt().toInstant(), row.getUsedAt() == null ? null : row.getUsedAt().toInstant());
    }
}
