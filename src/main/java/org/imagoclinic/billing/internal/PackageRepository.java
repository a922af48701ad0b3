package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.FEE;
import static org.imagoclinic.billing.internal.db.Tables.PACKAGE_USE;
import static org.imagoclinic.billing.internal.db.Tables.SESSION_PACKAGE;
import static org.jooq.impl.DSL.count;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.SessionPackage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Prepaid packages and the sessions drawn from them, in schema {@code billing}; lists are newest sale first. */
@Repository
class PackageRepository {

    private final DSLContext db;

    PackageRepository(DSLContext db) {
        this.db = db;
    }

    /** Locks the couple's packages until the transaction ends, so that sales and draw-downs queue up. */
    void lockPackagesOf(UUID coupleId) {
        db.select(SESSION_PACKAGE.ID).from(SESSION_PACKAGE).where(SESSION_PACKAGE.COUPLE_ID.eq(coupleId))
                .orderBy(SESSION_PACKAGE.ID).forUpdate().fetch();
    }

    void insert(UUID id, UUID coupleId, UUID feeId, int sessions, BigDecimal price, LocalDate soldOn, OffsetDateTime now,
                String by) {
        db.insertInto(SESSION_PACKAGE).set(SESSION_PACKAGE.ID, id).set(SESSION_PACKAGE.COUPLE_ID, coupleId)
                .set(SESSION_PACKAGE.FEE_ID, feeId).set(SESSION_PACKAGE.SESSIONS, sessions)
                .set(SESSION_PACKAGE.PRICE, price).set(SESSION_PACKAGE.SOLD_ON, soldOn)
                .set(SESSION_PACKAGE.SOLD_AT, now).set(SESSION_PACKAGE.SOLD_BY, by).execute();
    }

    /** Records that the package paid for the charge's session (at most once per charge). */
    void insertUse(UUID packageId, UUID chargeId) {
        db.insertInto(PACKAGE_USE).set(PACKAGE_USE.PACKAGE_ID, packageId).set(PACKAGE_USE.CHARGE_ID, chargeId).execute();
    }

    SessionPackage get(UUID id) {
        return find(SESSION_PACKAGE.ID.eq(id)).getFirst();
    }

    List<SessionPackage> ofCouple(UUID coupleId) {
        return find(SESSION_PACKAGE.COUPLE_ID.eq(coupleId));
    }

    List<SessionPackage> ofCoupleAndFee(UUID coupleId, UUID feeId) {
        return find(SESSION_PACKAGE.COUPLE_ID.eq(coupleId).and(SESSION_PACKAGE.FEE_ID.eq(feeId)));
    }

    /** The package that paid for each of these charges, by charge id. */
    Map<UUID, UUID> packageOfCharges(Collection<UUID> chargeIds) {
        return db.select(PACKAGE_USE.CHARGE_ID, PACKAGE_USE.PACKAGE_ID).from(PACKAGE_USE)
                .where(PACKAGE_USE.CHARGE_ID.in(chargeIds)).fetchMap(PACKAGE_USE.CHARGE_ID, PACKAGE_USE.PACKAGE_ID);
    }

    List<SessionPackage> all(Collection<UUID> ids) {
        return find(SESSION_PACKAGE.ID.in(ids));
    }

    private List<SessionPackage> find(Condition which) {
        var used = count(PACKAGE_USE.CHARGE_ID);
        return db.select(SESSION_PACKAGE.ID, SESSION_PACKAGE.COUPLE_ID, SESSION_PACKAGE.FEE_ID, FEE.LABEL,
                        SESSION_PACKAGE.SESSIONS, SESSION_PACKAGE.PRICE, SESSION_PACKAGE.SOLD_ON, SESSION_PACKAGE.SOLD_BY, used)
                .from(SESSION_PACKAGE).join(FEE).on(FEE.ID.eq(SESSION_PACKAGE.FEE_ID))
                .leftJoin(PACKAGE_USE).on(PACKAGE_USE.PACKAGE_ID.eq(SESSION_PACKAGE.ID))
                .where(which)
                .groupBy(SESSION_PACKAGE.ID, FEE.LABEL)
                .orderBy(SESSION_PACKAGE.SOLD_AT.desc(), SESSION_PACKAGE.ID)
                .fetch(r -> new SessionPackage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Money.of(r.value6()), r.value7(), r.value8(), r.value9(), r.value5() - r.value9()));
    }
}
