package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.BREAK_GLASS_GRANT;
import static org.imagoclinic.security.internal.db.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.security.BreakGlassCategory;
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
                .set(BREAK_GLASS_GRANT.CATEGORY, grant.category().name())
                .set(BREAK_GLASS_GRANT.REASON, grant.reason())
                .set(BREAK_GLASS_GRANT.GRANTED_AT, at(grant.grantedAt()))
                .set(BREAK_GLASS_GRANT.EXPIRES_AT, at(grant.expiresAt()))
                .execute();
    }

    /**
     * Holds the account's row until the transaction ends, so that one person's grants are counted
     * and made one at a time: two requests sent at once can't both be the third.
     */
    void lockPerson(UUID accountId) {
        db.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId)).forUpdate().fetch();
    }

    int countGrantedTo(UUID staffId, Instant from, Instant to) {
        return db.fetchCount(BREAK_GLASS_GRANT, BREAK_GLASS_GRANT.STAFF_ID.eq(staffId)
                .and(BREAK_GLASS_GRANT.GRANTED_AT.ge(at(from))).and(BREAK_GLASS_GRANT.GRANTED_AT.lt(at(to))));
    }

    boolean inForce(UUID staffId, UUID coupleId, Instant now) {
        return db.fetchExists(BREAK_GLASS_GRANT, BREAK_GLASS_GRANT.STAFF_ID.eq(staffId)
                .and(BREAK_GLASS_GRANT.COUPLE_ID.eq(coupleId))
                .and(BREAK_GLASS_GRANT.GRANTED_AT.le(at(now)))
                .and(BREAK_GLASS_GRANT.EXPIRES_AT.gt(at(now))));
    }

    List<BreakGlassGrant> inForceFor(UUID staffId, Instant now) {
        return db.selectFrom(BREAK_GLASS_GRANT)
                .where(BREAK_GLASS_GRANT.STAFF_ID.eq(staffId).and(BREAK_GLASS_GRANT.GRANTED_AT.le(at(now)))
                        .and(BREAK_GLASS_GRANT.EXPIRES_AT.gt(at(now))))
                .orderBy(BREAK_GLASS_GRANT.EXPIRES_AT)
                .fetch(BreakGlassGrants::toGrant);
    }

    List<BreakGlassGrant> grantedBetween(Instant from, Instant to) {
        return db.selectFrom(BREAK_GLASS_GRANT)
                .where(BREAK_GLASS_GRANT.GRANTED_AT.ge(at(from)).and(BREAK_GLASS_GRANT.GRANTED_AT.lt(at(to))))
                .orderBy(BREAK_GLASS_GRANT.GRANTED_AT.desc())
                .fetch(BreakGlassGrants::toGrant);
    }

    List<BreakGlassGrant> awaitingReview() {
        return db.selectFrom(BREAK_GLASS_GRANT)
                .where(BREAK_GLASS_GRANT.ACKNOWLEDGED_AT.isNull())
                .orderBy(BREAK_GLASS_GRANT.GRANTED_AT, BREAK_GLASS_GRANT.ID)
                .fetch(BreakGlassGrants::toGrant);
    }

    Optional<BreakGlassGrant> find(UUID id) {
        return db.selectFrom(BREAK_GLASS_GRANT).where(BREAK_GLASS_GRANT.ID.eq(id)).fetchOptional(BreakGlassGrants::toGrant);
    }

    /** Marks a grant reviewed unless someone did already; whether this call did. */
    boolean acknowledge(UUID id, UUID accountId, String username, Instant at) {
        return db.update(BREAK_GLASS_GRANT)
                .set(BREAK_GLASS_GRANT.ACKNOWLEDGED_AT, at(at))
                .set(BREAK_GLASS_GRANT.ACKNOWLEDGED_BY, accountId)
                .set(BREAK_GLASS_GRANT.ACKNOWLEDGED_BY_USERNAME, username)
                .where(BREAK_GLASS_GRANT.ID.eq(id).and(BREAK_GLASS_GRANT.ACKNOWLEDGED_AT.isNull()))
                .execute() == 1;
    }

    private static BreakGlassGrant toGrant(Record row) {
        OffsetDateTime acknowledged = row.get(BREAK_GLASS_GRANT.ACKNOWLEDGED_AT);
        return new BreakGlassGrant(row.get(BREAK_GLASS_GRANT.ID), row.get(BREAK_GLASS_GRANT.STAFF_ID),
                row.get(BREAK_GLASS_GRANT.USERNAME), row.get(BREAK_GLASS_GRANT.COUPLE_ID),
                BreakGlassCategory.valueOf(row.get(BREAK_GLASS_GRANT.CATEGORY)),
                row.get(BREAK_GLASS_GRANT.REASON), row.get(BREAK_GLASS_GRANT.GRANTED_AT).toInstant(),
                row.get(BREAK_GLASS_GRANT.EXPIRES_AT).toInstant(),
                acknowledged == null ? null : acknowledged.toInstant(),
                row.get(BREAK_GLASS_GRANT.ACKNOWLEDGED_BY_USERNAME));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
