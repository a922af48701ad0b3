package org.imagoclinic.portal.internal;

import static org.imagoclinic.portal.internal.db.Tables.TREND_SHARING;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Rows of {@code portal.trend_sharing}: a row while a partner's own trend is shared with them. */
@Repository
class TrendSharingRepository {

    private final DSLContext db;

    TrendSharingRepository(DSLContext db) {
        this.db = db;
    }

    Set<UUID> sharedWith(UUID coupleId) {
        return db.select(TREND_SHARING.PERSON_ID).from(TREND_SHARING).where(TREND_SHARING.COUPLE_ID.eq(coupleId))
                .fetchSet(TREND_SHARING.PERSON_ID);
    }

    boolean shared(UUID coupleId, UUID personId) {
        return db.fetchExists(TREND_SHARING, TREND_SHARING.COUPLE_ID.eq(coupleId).and(TREND_SHARING.PERSON_ID.eq(personId)));
    }

    void share(UUID coupleId, UUID personId, String by, Instant at) {
        db.insertInto(TREND_SHARING).set(TREND_SHARING.COUPLE_ID, coupleId).set(TREND_SHARING.PERSON_ID, personId)
                .set(TREND_SHARING.SHARED_AT, at.atOffset(ZoneOffset.UTC)).set(TREND_SHARING.SHARED_BY, by)
                .onConflictDoNothing().execute();
    }

    void stop(UUID coupleId, UUID personId) {
        db.deleteFrom(TREND_SHARING).where(TREND_SHARING.COUPLE_ID.eq(coupleId)).and(TREND_SHARING.PERSON_ID.eq(personId))
                .execute();
    }
}
