package org.imagoclinic.records.internal;

import static org.imagoclinic.records.internal.db.Tables.DISPOSAL;
import static org.imagoclinic.records.internal.db.Tables.RECORD_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.records.DisposalCause;
import org.imagoclinic.records.DisposalStatus;
import org.imagoclinic.records.internal.db.tables.records.DisposalRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The disposal list as stored. */
@Repository
class DisposalStore {

    static final Set<String> OPEN = Set.of(DisposalStatus.PENDING.name(), DisposalStatus.HELD.name(),
            DisposalStatus.APPROVED.name());

    private final DSLContext db;

    DisposalStore(DSLContext db) {
        this.db = db;
    }

    boolean isListed(UUID coupleId) {
        return db.fetchExists(DISPOSAL, DISPOSAL.COUPLE_ID.eq(coupleId), DISPOSAL.STATUS.in(OPEN));
    }

    /** Lists the couple unless it is already on the list; returns whether it was added. */
    boolean list(UUID coupleId, DisposalCause cause, LocalDate retentionEndedOn, LocalDate today) {
        return db.insertInto(DISPOSAL)
                .set(DISPOSAL.ID, UUID.randomUUID())
                .set(DISPOSAL.COUPLE_ID, coupleId)
                .set(DISPOSAL.CAUSE, cause.name())
                .set(DISPOSAL.RETENTION_ENDED_ON, retentionEndedOn)
                .set(DISPOSAL.LISTED_ON, today)
                .set(DISPOSAL.STATUS, DisposalStatus.PENDING.name())
                .onConflictDoNothing()
                .execute() == 1;
    }

    List<DisposalRecord> open() {
        return db.selectFrom(DISPOSAL).where(DISPOSAL.STATUS.in(OPEN))
                .orderBy(DISPOSAL.RETENTION_ENDED_ON, DISPOSAL.LISTED_ON).fetch();
    }

    List<DisposalRecord> approved() {
        return db.selectFrom(DISPOSAL).where(DISPOSAL.STATUS.eq(DisposalStatus.APPROVED.name())).fetch();
    }

    Optional<DisposalRecord> findForUpdate(UUID id) {
        return db.selectFrom(DISPOSAL).where(DISPOSAL.ID.eq(id)).forUpdate().fetchOptional();
    }

    Optional<DisposalRecord> find(UUID id) {
        return db.selectFrom(DISPOSAL).where(DISPOSAL.ID.eq(id)).fetchOptional();
    }

    void approve(UUID id, String by, Instant at, List<UUID> partnerIds, List<UUID> pseudonyms) {
        db.update(DISPOSAL).set(DISPOSAL.STATUS, DisposalStatus.APPROVED.name()).set(DISPOSAL.DECIDED_BY, by)
                .set(DISPOSAL.DECIDED_AT, at.atOffset(ZoneOffset.UTC)).setNull(DISPOSAL.HOLD_REASON)
                .set(DISPOSAL.PARTNER_IDS, partnerIds.toArray(UUID[]::new))
                .set(DISPOSAL.PSEUDONYMS, pseudonyms.toArray(UUID[]::new))
                .where(DISPOSAL.ID.eq(id)).execute();
    }

    void hold(UUID id, String by, Instant at, String reason) {
        db.update(DISPOSAL).set(DISPOSAL.STATUS, DisposalStatus.HELD.name()).set(DISPOSAL.DECIDED_BY, by)
                .set(DISPOSAL.DECIDED_AT, at.atOffset(ZoneOffset.UTC)).set(DISPOSAL.HOLD_REASON, reason)
                .where(DISPOSAL.ID.eq(id)).execute();
    }

    void withdraw(UUID id) {
        db.update(DISPOSAL).set(DISPOSAL.STATUS, DisposalStatus.WITHDRAWN.name()).where(DISPOSAL.ID.eq(id)).execute();
    }

    /** Marks it disposed of, keeping no identity: the couple's id becomes its pseudonym. */
    void disposed(UUID id, UUID couplePseudonym, Instant at) {
        db.update(DISPOSAL).set(DISPOSAL.STATUS, DisposalStatus.DISPOSED.name()).set(DISPOSAL.COUPLE_ID, couplePseudonym)
                .setNull(DISPOSAL.PARTNER_IDS).setNull(DISPOSAL.PSEUDONYMS).setNull(DISPOSAL.HOLD_REASON)
                .set(DISPOSAL.DISPOSED_AT, at.atOffset(ZoneOffset.UTC))
                .where(DISPOSAL.ID.eq(id)).execute();
    }

    /** The records module's own part: the couple's requests about their record. */
    int deleteRequestsOf(UUID coupleId) {
        return db.deleteFrom(RECORD_REQUEST).where(RECORD_REQUEST.COUPLE_ID.eq(coupleId)).execute();
    }
}
