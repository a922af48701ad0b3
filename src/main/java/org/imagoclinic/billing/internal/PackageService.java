package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.ADJUSTMENT;
import static org.imagoclinic.billing.internal.db.Tables.CHARGE;
import static org.imagoclinic.billing.internal.db.Tables.FEE;
import static org.imagoclinic.billing.internal.db.Tables.PACKAGE_USE;
import static org.imagoclinic.billing.internal.db.Tables.SESSION_PACKAGE;
import static org.jooq.impl.DSL.count;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.Service;
import org.imagoclinic.billing.SessionPackage;
import org.imagoclinic.billing.internal.db.tables.records.FeeRecord;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.shared.InvalidInputException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepaid courses (ADR 0047). Selling one makes a charge of kind PACKAGE, invoiced like any other; a
 * completed session of the course's fee line then takes a session from the oldest package with any
 * left, and an adjustment of kind PACKAGE brings that session's charge to nothing, so it is never
 * invoiced twice. The link (package_use) is unique per charge, and drawing happens only when the
 * session's charge is made, so a redelivered event draws nothing.
 */
@org.springframework.stereotype.Service
class PackageService implements Packages {

    private final DSLContext db;
    private final Couples couples;
    private final BillingAccess access;
    private final Clock clock;

    PackageService(DSLContext db, Couples couples, BillingAccess access, Clock clock) {
        this.db = db;
        this.couples = couples;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public SessionPackage sell(UUID coupleId, @Nullable UUID feeId, @Nullable Integer sessions, @Nullable BigDecimal price) {
        couples.get(coupleId);
        FeeRecord fee = feeId == null ? null : db.selectFrom(FEE).where(FEE.ID.eq(feeId)).fetchOne();
        if (fee == null || !Service.valueOf(fee.getService()).byLength()) {
            throw new InvalidInputException("feeId", "Choose the kind of session the package is for.");
        }
        if (sessions == null || sessions < 2 || sessions > 50) {
            throw new InvalidInputException("sessions", "A package holds from 2 to 50 sessions.");
        }
        Money amount = Amounts.checked("price", price, true);
        ledgerLock(coupleId);
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(SESSION_PACKAGE).set(SESSION_PACKAGE.ID, id).set(SESSION_PACKAGE.COUPLE_ID, coupleId)
                .set(SESSION_PACKAGE.FEE_ID, feeId).set(SESSION_PACKAGE.SESSIONS, sessions)
                .set(SESSION_PACKAGE.PRICE, amount.amount()).set(SESSION_PACKAGE.SOLD_ON, today)
                .set(SESSION_PACKAGE.SOLD_AT, now).set(SESSION_PACKAGE.SOLD_BY, access.myName()).execute();
        db.insertInto(CHARGE).set(CHARGE.ID, UUID.randomUUID()).set(CHARGE.COUPLE_ID, coupleId).set(CHARGE.SOURCE_ID, id)
                .set(CHARGE.KIND, ChargeKind.PACKAGE.name()).set(CHARGE.SERVICE_DATE, today)
                .set(CHARGE.DESCRIPTION, "Prepaid package: " + sessions + " × " + fee.getLabel())
                .set(CHARGE.AMOUNT, amount.amount()).set(CHARGE.CREATED_AT, now).execute();
        access.audited(AuditAction.CREATE, "Package", id, coupleId, sessions + " × " + fee.getLabel() + " for " + amount);
        return packages(SESSION_PACKAGE.ID.eq(id)).getFirst();
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BALANCE_READERS)
    public List<SessionPackage> ofCouple(UUID coupleId) {
        access.requireMaySeeBalance(coupleId);
        access.audited(AuditAction.VIEW, "Packages", coupleId, coupleId, null);
        return packages(SESSION_PACKAGE.COUPLE_ID.eq(coupleId));
    }

    /**
     * Takes the session just charged from the couple's oldest package of its fee line with sessions left,
     * if there is one, and brings its charge to nothing. Runs in the charging transaction.
     */
    void drawDown(UUID chargeId, UUID coupleId, UUID feeId) {
        ledgerLock(coupleId);
        packages(SESSION_PACKAGE.COUPLE_ID.eq(coupleId).and(SESSION_PACKAGE.FEE_ID.eq(feeId))).reversed().stream()
                .filter(p -> p.remaining() > 0).findFirst().ifPresent(course -> {
                    BigDecimal amount = db.select(CHARGE.AMOUNT).from(CHARGE).where(CHARGE.ID.eq(chargeId)).fetchOne(CHARGE.AMOUNT);
                    db.insertInto(PACKAGE_USE).set(PACKAGE_USE.PACKAGE_ID, course.id()).set(PACKAGE_USE.CHARGE_ID, chargeId)
                            .execute();
                    db.insertInto(ADJUSTMENT).set(ADJUSTMENT.ID, UUID.randomUUID()).set(ADJUSTMENT.CHARGE_ID, chargeId)
                            .set(ADJUSTMENT.KIND, "PACKAGE").set(ADJUSTMENT.AMOUNT, amount.negate())
                            .set(ADJUSTMENT.REASON, "Prepaid: session " + (course.used() + 1) + " of " + course.sessions()
                                    + " of the package sold " + course.soldOn())
                            .set(ADJUSTMENT.MADE_AT, OffsetDateTime.now(clock)).set(ADJUSTMENT.MADE_BY, "system").execute();
                });
    }

    /** The package that paid for a session's charge, with its price per session; for superbills. */
    Map<UUID, SessionPackage> packagesOfCharges(List<UUID> chargeIds) {
        Map<UUID, UUID> packageOfCharge = db.select(PACKAGE_USE.CHARGE_ID, PACKAGE_USE.PACKAGE_ID).from(PACKAGE_USE)
                .where(PACKAGE_USE.CHARGE_ID.in(chargeIds)).fetchMap(PACKAGE_USE.CHARGE_ID, PACKAGE_USE.PACKAGE_ID);
        Map<UUID, SessionPackage> byId = packages(SESSION_PACKAGE.ID.in(packageOfCharge.values())).stream()
                .collect(java.util.stream.Collectors.toMap(SessionPackage::id, p -> p));
        return packageOfCharge.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> byId.get(e.getValue())));
    }

    /** Serialises the couple's package sales and draw-downs, so no session is taken twice. */
    private void ledgerLock(UUID coupleId) {
        db.select(SESSION_PACKAGE.ID).from(SESSION_PACKAGE).where(SESSION_PACKAGE.COUPLE_ID.eq(coupleId))
                .orderBy(SESSION_PACKAGE.ID).forUpdate().fetch();
    }

    private List<SessionPackage> packages(Condition which) {
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
