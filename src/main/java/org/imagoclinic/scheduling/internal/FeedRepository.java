package org.imagoclinic.scheduling.internal;

import static org.imagoclinic.scheduling.internal.db.Tables.CALENDAR_FEED;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The hash of each therapist's calendar-feed secret. */
@Repository
class FeedRepository {

    private final DSLContext db;

    FeedRepository(DSLContext db) {
        this.db = db;
    }

    void replace(UUID therapistId, String tokenHash, OffsetDateTime now) {
        db.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.THERAPIST_ID, therapistId).set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, now).onConflict(CALENDAR_FEED.THERAPIST_ID).doUpdate()
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash).set(CALENDAR_FEED.CREATED_AT, now).execute();
    }

    Optional<UUID> therapistOf(String tokenHash) {
        return db.select(CALENDAR_FEED.THERAPIST_ID).from(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CALENDAR_FEED.THERAPIST_ID);
    }
}
