package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.DIAGNOSIS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.billing.Diagnosis;
import org.imagoclinic.billing.internal.db.tables.records.DiagnosisRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Partners' diagnoses for superbills, in schema {@code billing}; lists are newest first. */
@Repository
class DiagnosisRepository {

    private final DSLContext db;

    DiagnosisRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID coupleId, UUID personId, String code, String description, LocalDate since,
                OffsetDateTime now, String by) {
        db.insertInto(DIAGNOSIS).set(DIAGNOSIS.ID, id).set(DIAGNOSIS.COUPLE_ID, coupleId).set(DIAGNOSIS.PERSON_ID, personId)
                .set(DIAGNOSIS.CODE, code).set(DIAGNOSIS.DESCRIPTION, description).set(DIAGNOSIS.SINCE, since)
                .set(DIAGNOSIS.RECORDED_AT, now).set(DIAGNOSIS.RECORDED_BY, by).execute();
    }

    /** The diagnosis, locked until the transaction ends. */
    Optional<DiagnosisRecord> findForUpdate(UUID id) {
        return db.selectFrom(DIAGNOSIS).where(DIAGNOSIS.ID.eq(id)).forUpdate().fetchOptional();
    }

    void end(UUID id, LocalDate endedOn, String by) {
        db.update(DIAGNOSIS).set(DIAGNOSIS.ENDED_ON, endedOn).set(DIAGNOSIS.ENDED_BY, by)
                .where(DIAGNOSIS.ID.eq(id)).execute();
    }

    Diagnosis get(UUID id) {
        return find(DIAGNOSIS.ID.eq(id)).getFirst();
    }

    List<Diagnosis> ofCouple(UUID coupleId) {
        return find(DIAGNOSIS.COUPLE_ID.eq(coupleId));
    }

    List<Diagnosis> ofPartner(UUID coupleId, UUID personId) {
        return find(DIAGNOSIS.COUPLE_ID.eq(coupleId).and(DIAGNOSIS.PERSON_ID.eq(personId)));
    }

    private List<Diagnosis> find(Condition which) {
        return db.selectFrom(DIAGNOSIS).where(which).orderBy(DIAGNOSIS.SINCE.desc(), DIAGNOSIS.RECORDED_AT.desc())
                .fetch(r -> new Diagnosis(r.getId(), r.getCoupleId(), r.getPersonId(), r.getCode(), r.getDescription(),
                        r.getSince(), r.getEndedOn(), r.getRecordedAt().toInstant(), r.getRecordedBy()));
    }
}
