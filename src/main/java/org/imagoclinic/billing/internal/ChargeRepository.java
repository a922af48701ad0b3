package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ADJUSTMENT;
import static org.imagoclinic.billing.internal.db.Tables.CHARGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.billing.ChargeKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Charges and their adjustments, in schema {@code billing}; charges with what has happened to them
 * since are read through {@link Ledger}.
 */
@Repository
class ChargeRepository {

    private final DSLContext db;

    ChargeRepository(DSLContext db) {
        this.db = db;
    }

    /** The couple the charge belongs to, the charge locked until the transaction ends. */
    Optional<UUID> lockCoupleOf(UUID chargeId) {
        return db.select(CHARGE.COUPLE_ID).from(CHARGE).where(CHARGE.ID.eq(chargeId)).forUpdate()
                .fetchOptional(CHARGE.COUPLE_ID);
    }

    BigDecimal amountOf(UUID chargeId) {
        return db.select(CHARGE.AMOUNT).from(CHARGE).where(CHARGE.ID.eq(chargeId)).fetchOne(CHARGE.AMOUNT);
    }

    /** A charge not made by a session (the {@code sourceId} is what was sold, such as a package). */
    void insert(UUID coupleId, UUID sourceId, ChargeKind kind, LocalDate serviceDate, String description,
                BigDecimal amount, OffsetDateTime now) {
        db.insertInto(CHARGE).set(CHARGE.ID, UUID.randomUUID()).set(CHARGE.COUPLE_ID, coupleId).set(CHARGE.SOURCE_ID, sourceId)
                .set(CHARGE.KIND, kind.name()).set(CHARGE.SERVICE_DATE, serviceDate)
                .set(CHARGE.DESCRIPTION, description)
                .set(CHARGE.AMOUNT, amount).set(CHARGE.CREATED_AT, now).execute();
    }

    /** @param kind {@code ADJUSTMENT}, {@code WRITE_OFF} or {@code PACKAGE} */
    void insertAdjustment(UUID chargeId, String kind, BigDecimal amount, String reason, OffsetDateTime now, String by) {
        db.insertInto(ADJUSTMENT).set(ADJUSTMENT.ID, UUID.randomUUID()).set(ADJUSTMENT.CHARGE_ID, chargeId)
                .set(ADJUSTMENT.KIND, kind).set(ADJUSTMENT.AMOUNT, amount).set(ADJUSTMENT.REASON, reason)
                .set(ADJUSTMENT.MADE_AT, now).set(ADJUSTMENT.MADE_BY, by).execute();
    }

    /** Each of the couple's charges with the partner it is for; the value is null for a charge to the couple. */
    Map<UUID, UUID> partnerOfCharges(UUID coupleId) {
        Map<UUID, UUID> partner = new LinkedHashMap<>();
        db.select(CHARGE.ID, CHARGE.PERSON_ID).from(CHARGE).where(CHARGE.COUPLE_ID.eq(coupleId))
                .forEach(r -> partner.put(r.value1(), r.value2()));
        return partner;
    }

    /** The charge that sold each of the couple's packages, by package id. */
    Map<UUID, UUID> packageCharges(UUID coupleId) {
        Map<UUID, UUID> packageCharge = new LinkedHashMap<>();
        db.select(CHARGE.SOURCE_ID, CHARGE.ID).from(CHARGE).where(CHARGE.COUPLE_ID.eq(coupleId)
                .and(CHARGE.KIND.eq(ChargeKind.PACKAGE.name()))).forEach(r -> packageCharge.put(r.value1(), r.value2()));
        return packageCharge;
    }
}
