package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.ADMINISTRATION;
import static org.imagoclinic.assessments.internal.db.Tables.CLINIC_NORMS;
import static org.imagoclinic.assessments.internal.db.Tables.CLINIC_NORMS_FREEZE;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.ReferenceGroup;
import org.imagoclinic.assessments.internal.db.tables.records.ClinicNormsRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The clinic-sample figures' history and freezes (ADR 0032); writes run in the caller's transaction. */
@Repository
class ClinicNormsStore {

    /** Advisory-lock space of the clinic figures, one key per instrument. */
    private static final int LOCK_SPACE = 32;

    private final DSLContext db;

    ClinicNormsStore(DSLContext db) {
        this.db = db;
    }

    /** Holds the instrument's figures to the end of the transaction, so two baselines are never counted apart. */
    void lock(String code) {
        db.select(function("pg_advisory_xact_lock", Object.class, inline(LOCK_SPACE),
                function("hashtext", Integer.class, val(code)))).fetch();
    }

    /** The answers (printed positions) of each partner's first administration in each episode. */
    List<Integer[]> baselineAnswers(String code) {
        return db.selectDistinct(ADMINISTRATION.EPISODE_ID, ADMINISTRATION.PARTNER_ID, ADMINISTRATION.ANSWERS)
                .on(ADMINISTRATION.EPISODE_ID, ADMINISTRATION.PARTNER_ID)
                .from(ADMINISTRATION)
                .where(ADMINISTRATION.INSTRUMENT_CODE.eq(code)).and(ADMINISTRATION.EPISODE_ID.isNotNull())
                .orderBy(ADMINISTRATION.EPISODE_ID, ADMINISTRATION.PARTNER_ID, ADMINISTRATION.ADMINISTERED_ON,
                        ADMINISTRATION.RECORDED_AT, ADMINISTRATION.ID)
                .fetch(ADMINISTRATION.ANSWERS);
    }

    /** Whether this administration is (now) its partner's first of the instrument in its episode. */
    boolean isBaseline(UUID administrationId, UUID episodeId, UUID partnerId, String code) {
        UUID first = db.select(ADMINISTRATION.ID).from(ADMINISTRATION)
                .where(ADMINISTRATION.EPISODE_ID.eq(episodeId)).and(ADMINISTRATION.PARTNER_ID.eq(partnerId))
                .and(ADMINISTRATION.INSTRUMENT_CODE.eq(code))
                .orderBy(ADMINISTRATION.ADMINISTERED_ON, ADMINISTRATION.RECORDED_AT, ADMINISTRATION.ID)
                .limit(1).fetchOne(ADMINISTRATION.ID);
        return administrationId.equals(first);
    }

    Optional<ClinicFigures> latest(String code) {
        return db.selectFrom(CLINIC_NORMS).where(CLINIC_NORMS.INSTRUMENT_CODE.eq(code))
                .orderBy(CLINIC_NORMS.ID.desc()).limit(1).fetchOptional(row -> figures(row, false));
    }

    /** The frozen figures, else the latest. */
    Optional<ClinicFigures> inForce(String code) {
        return frozen(code).or(() -> latest(code));
    }

    Optional<ClinicFigures> frozen(String code) {
        return db.select(CLINIC_NORMS.fields()).from(CLINIC_NORMS_FREEZE)
                .join(CLINIC_NORMS).on(CLINIC_NORMS.ID.eq(CLINIC_NORMS_FREEZE.FIGURES_ID))
                .where(CLINIC_NORMS_FREEZE.INSTRUMENT_CODE.eq(code))
                .fetchOptional(row -> figures(row.into(CLINIC_NORMS), true));
    }

    List<ClinicFigures> history(String code, int limit) {
        @Nullable Long frozenId = frozen(code).map(ClinicFigures::id).orElse(null);
        return db.selectFrom(CLINIC_NORMS).where(CLINIC_NORMS.INSTRUMENT_CODE.eq(code))
                .orderBy(CLINIC_NORMS.ID.desc()).limit(limit)
                .fetch(row -> figures(row, Objects.equals(row.getId(), frozenId)));
    }

    /** Writes the figures as a new dated entry unless they equal the latest; returns what is now the latest. */
    ClinicFigures keepIfChanged(String code, ReferenceGroup group, LocalDate asOf, OffsetDateTime at) {
        Optional<ClinicFigures> latest = latest(code);
        if (latest.isPresent() && latest.get().group().equals(group)) {
            return latest.get();
        }
        ClinicNormsRecord row = db.insertInto(CLINIC_NORMS)
                .set(CLINIC_NORMS.INSTRUMENT_CODE, code)
                .set(CLINIC_NORMS.COMPUTED_AT, at)
                .set(CLINIC_NORMS.AS_OF, asOf)
                .set(CLINIC_NORMS.BASELINES, group.baselines())
                .set(CLINIC_NORMS.SD, group.sd())
                .set(CLINIC_NORMS.ALPHA, group.alpha())
                .returning().fetchSingle();
        return figures(row, false);
    }

    void freeze(String code, long figuresId, OffsetDateTime at, String by) {
        db.insertInto(CLINIC_NORMS_FREEZE)
                .set(CLINIC_NORMS_FREEZE.INSTRUMENT_CODE, code)
                .set(CLINIC_NORMS_FREEZE.FIGURES_ID, figuresId)
                .set(CLINIC_NORMS_FREEZE.FROZEN_AT, at)
                .set(CLINIC_NORMS_FREEZE.FROZEN_BY, by)
                .onConflict(CLINIC_NORMS_FREEZE.INSTRUMENT_CODE).doNothing()
                .execute();
    }

    boolean unfreeze(String code) {
        return db.deleteFrom(CLINIC_NORMS_FREEZE).where(CLINIC_NORMS_FREEZE.INSTRUMENT_CODE.eq(code)).execute() > 0;
    }

    boolean isFrozen(String code) {
        return db.fetchExists(CLINIC_NORMS_FREEZE, CLINIC_NORMS_FREEZE.INSTRUMENT_CODE.eq(code));
    }

    private static ClinicFigures figures(ClinicNormsRecord row, boolean frozen) {
        return new ClinicFigures(row.getId(), row.getInstrumentCode(), row.getBaselines(), row.getSd(), row.getAlpha(),
                row.getAsOf(), row.getComputedAt().toInstant(), frozen);
    }
}
