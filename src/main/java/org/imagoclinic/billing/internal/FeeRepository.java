package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.FEE;
import static org.imagoclinic.billing.internal.db.Tables.SLIDING_SCALE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Service;
import org.imagoclinic.billing.SlidingScale;
import org.imagoclinic.billing.internal.db.tables.records.FeeRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The fee schedule's lines and the couples' sliding-scale fees, in schema {@code billing}. */
@Repository
class FeeRepository {

    private final DSLContext db;

    FeeRepository(DSLContext db) {
        this.db = db;
    }

    /** Every line of the schedule, in no particular order. */
    List<Fee> fees() {
        return db.selectFrom(FEE).fetch(FeeRepository::fee);
    }

    /** The schedule's lines for one service, in no particular order. */
    List<Fee> feesFor(Service service) {
        return db.selectFrom(FEE).where(FEE.SERVICE.eq(service.name())).fetch(FeeRepository::fee);
    }

    Optional<FeeRecord> find(UUID feeId) {
        return db.selectFrom(FEE).where(FEE.ID.eq(feeId)).fetchOptional();
    }

    /** The line, locked until the transaction ends; change it and {@code store()} it. */
    Optional<FeeRecord> findForUpdate(UUID feeId) {
        return db.selectFrom(FEE).where(FEE.ID.eq(feeId)).forUpdate().fetchOptional();
    }

    Optional<SlidingScale> slidingScaleOf(UUID coupleId) {
        return db.selectFrom(SLIDING_SCALE).where(SLIDING_SCALE.COUPLE_ID.eq(coupleId))
                .fetchOptional(r -> new SlidingScale(r.getCoupleId(), r.getPercent(), r.getReason()));
    }

    void saveSlidingScale(UUID coupleId, BigDecimal percent, String reason, OffsetDateTime now, String by) {
        db.insertInto(SLIDING_SCALE)
                .set(SLIDING_SCALE.COUPLE_ID, coupleId).set(SLIDING_SCALE.PERCENT, percent).set(SLIDING_SCALE.REASON, reason)
                .set(SLIDING_SCALE.CHANGED_AT, now).set(SLIDING_SCALE.CHANGED_BY, by)
                .onConflict(SLIDING_SCALE.COUPLE_ID).doUpdate()
                .set(SLIDING_SCALE.PERCENT, percent).set(SLIDING_SCALE.REASON, reason)
                .set(SLIDING_SCALE.CHANGED_AT, now).set(SLIDING_SCALE.CHANGED_BY, by)
                .execute();
    }

    void deleteSlidingScale(UUID coupleId) {
        db.deleteFrom(SLIDING_SCALE).where(SLIDING_SCALE.COUPLE_ID.eq(coupleId)).execute();
    }

    static Fee fee(FeeRecord r) {
        return new Fee(r.getId(), Service.valueOf(r.getService()), r.getMinutes(), r.getLabel(), r.getCptCode(),
                Money.of(r.getAmount()), r.getChangedAt().toInstant(), r.getChangedBy());
    }
}
