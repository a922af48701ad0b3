package org.imagoclinic.records.internal;

import static org.imagoclinic.records.internal.db.Tables.RECORD_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.records.CorrectionDecision;
import org.imagoclinic.records.RecordRequestKind;
import org.imagoclinic.records.internal.db.tables.records.RecordRequestRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The requests as stored; the names shown with them are filled in by the service. */
@Repository
class RequestStore {

    private final DSLContext db;

    RequestStore(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID coupleId, UUID partnerId, RecordRequestKind kind, LocalDate receivedOn, String details,
                String recordedBy, Instant at) {
        db.insertInto(RECORD_REQUEST)
                .set(RECORD_REQUEST.ID, id)
                .set(RECORD_REQUEST.COUPLE_ID, coupleId)
                .set(RECORD_REQUEST.PARTNER_ID, partnerId)
                .set(RECORD_REQUEST.KIND, kind.name())
                .set(RECORD_REQUEST.RECEIVED_ON, receivedOn)
                .set(RECORD_REQUEST.DETAILS, details)
                .set(RECORD_REQUEST.RECORDED_BY, recordedBy)
                .set(RECORD_REQUEST.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    List<RecordRequestRecord> ofCouple(UUID coupleId) {
        return db.selectFrom(RECORD_REQUEST).where(RECORD_REQUEST.COUPLE_ID.eq(coupleId))
                .orderBy(RECORD_REQUEST.RECEIVED_ON.desc(), RECORD_REQUEST.RECORDED_AT.desc())
                .fetch();
    }

    List<RecordRequestRecord> open() {
        return db.selectFrom(RECORD_REQUEST).where(RECORD_REQUEST.FULFILLED_ON.isNull())
                .orderBy(RECORD_REQUEST.RECEIVED_ON, RECORD_REQUEST.RECORDED_AT)
                .fetch();
    }

    /** The partner's open requests of a kind, oldest first, locked until the caller's transaction ends. */
    List<RecordRequestRecord> openForUpdate(UUID coupleId, UUID partnerId, RecordRequestKind kind) {
        return db.selectFrom(RECORD_REQUEST)
                .where(RECORD_REQUEST.COUPLE_ID.eq(coupleId), RECORD_REQUEST.PARTNER_ID.eq(partnerId),
                        RECORD_REQUEST.KIND.eq(kind.name()), RECORD_REQUEST.FULFILLED_ON.isNull())
                .orderBy(RECORD_REQUEST.RECEIVED_ON)
                .forUpdate()
                .fetch();
    }

    boolean hasOpen(UUID coupleId, UUID partnerId, RecordRequestKind kind) {
        return db.fetchExists(RECORD_REQUEST, RECORD_REQUEST.COUPLE_ID.eq(coupleId), RECORD_REQUEST.PARTNER_ID.eq(partnerId),
                RECORD_REQUEST.KIND.eq(kind.name()), RECORD_REQUEST.FULFILLED_ON.isNull());
    }

    Optional<RecordRequestRecord> findForUpdate(UUID id) {
        return db.selectFrom(RECORD_REQUEST).where(RECORD_REQUEST.ID.eq(id)).forUpdate().fetchOptional();
    }

    void decide(UUID id, LocalDate on, String by, CorrectionDecision.Outcome outcome, String reason, @Nullable UUID noteId) {
        db.update(RECORD_REQUEST).set(RECORD_REQUEST.FULFILLED_ON, on).set(RECORD_REQUEST.FULFILLED_BY, by)
                .set(RECORD_REQUEST.DECISION, outcome.name()).set(RECORD_REQUEST.DECISION_REASON, reason)
                .set(RECORD_REQUEST.AMENDED_NOTE_ID, noteId)
                .where(RECORD_REQUEST.ID.eq(id)).execute();
    }

    void fulfil(List<UUID> ids, LocalDate on, String by) {
        db.update(RECORD_REQUEST).set(RECORD_REQUEST.FULFILLED_ON, on).set(RECORD_REQUEST.FULFILLED_BY, by)
                .where(RECORD_REQUEST.ID.in(ids)).execute();
    }
}
