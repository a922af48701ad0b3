package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.BREAK_GLASS_GRANT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.ClinicalAccess.BreakGlassGrant;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Break-glass grants in the {@code security} schema. */
@Repository
class BreakGlassGrants {

    private final DSLContext db;

    BreakGlassGrants(DSLContext db) {
        this.db = db;
    }

    void insert(BreakGlassGrant grant, UUID accountId) {
        db.insertInto(BREAK_GLASS_GRANT)
                .set(BREAK_GLASS_GRANT.ID, grant.id())
                .set(BREAK_GLASS_GRANT.ACCOUNT_ID, accountId)
                .set(BREAK_GLASS_GRANT.STAFF_ID, grant.staffId())
                .set(BREAK_GLASS_GRANT.USERNAME, grant.username())
                .set(BREAK_GLASS_GRANT.COUPLE_ID, grant.coupleId())
                .set(BREAK_GLASS_GRANT.REASON, grant.reason())
                .set(BREAK_GLASS_GRANT.GRANTED_AT, at(grant.grantedAt()))
                .set(BREAK_GLASS_GRANT.EXPIRES_AT, at(grant.expiresAt()))
                .execute();
    }

    boolean inForce(UUID staffId, UUID coupleId, Instant now) {
        return db.fetchExists(BREAK_GLASS_GRANT, BREAK_GLASS_GRANT.STAFF_ID.eq(staffId)
                .and(BREAK_GLASS_GRANT.COUPLE_ID.eq(coupleId))
                .and(BREAK_GLASS_GRANT.GRANTED_AT.le(at(now)))
                .and(BREAK_GLASS_GRANT.EXPIRES_AT.gt(at(now))));
    }

    List<BreakGlassGrant> grantedBetween(Instant from, Instant to) {
        return db.selectFrom(BREAK_GLASS_GRANT)
                .where(BREAK_GLASS_GRANT.GRANTED_AT.ge(at(from)).and(BREAK_GLASS_GRANT.GRANTED_AT.lt(at(to))))
                .orderBy(BREAK_GLASS_GRANT.GRANTED_AT.desc())
                .fetch(BreakGlassGrants::toGrant);
    }

    private static BreakGlassGrant toGrant(Record row) {
        return new BreakGlassGrant(row.get(BREAK_GLASS_GRANT.ID), row.get(BREAK_GLASS_GRANT.STAFF_ID),
                row.get(BREAK_GLASS_GRANT.USERNAME), row.get(BREAK_GLASS_GRANT.COUPLE_ID),
                row.get(BREAK_GLASS_GRANT.REASON), row.get(BREAK_GLASS_GRANT.GRANTED_AT).toInstant(),
                row.get(BREAK_GLASS_GRANT.EXPIRES_AT).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
