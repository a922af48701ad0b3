package org.imagoclinic.billing.internal;

import static org.imagoclinic.billing.internal.db.Tables.FEE;
import static org.imagoclinic.billing.internal.db.Tables.SLIDING_SCALE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Fee;
import org.imagoclinic.billing.FeeSchedule;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Service;
import org.imagoclinic.billing.SlidingScale;
import org.imagoclinic.billing.internal.db.tables.records.FeeRecord;
import org.imagoclinic.shared.NotFoundException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/** The fee schedule in schema billing, and what a couple is charged for a service. */
@org.springframework.stereotype.Service
class FeeScheduleService implements FeeSchedule {

    private final DSLContext db;
    private final BillingAccess access;
    private final Clock clock;

    FeeScheduleService(DSLContext db, BillingAccess access, Clock clock) {
        this.db = db;
        this.access = access;
        this.clock = clock;
    }

    /** A fee as charged to one couple: the schedule's line and the amount after their sliding scale. */
    record Price(Fee fee, Money amount, @Nullable BigDecimal slidingPercent) {
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(BillingAccess.BALANCE_READERS)
    public List<Fee> fees() {
        return db.selectFrom(FEE).fetch(FeeScheduleService::fee).stream()
                .sorted(Comparator.comparing(Fee::service).thenComparing(fee -> fee.minutes() == null ? 0 : fee.minutes()))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.ADMINS)
    public Fee changeFee(UUID feeId, BigDecimal amount) {
        Money checked = Amounts.checked("amount", amount, false);
        FeeRecord row = db.selectFrom(FEE).where(FEE.ID.eq(feeId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new NotFoundException("No line of the fee schedule with this id."));
        String before = row.getAmount().toPlainString();
        row.setAmount(checked.amount());
        row.setChangedAt(OffsetDateTime.now(clock));
        row.setChangedBy(access.myName());
        row.store();
        access.audited(AuditAction.UPDATE, "Fee", feeId, null, row.getLabel() + ": " + before + " to " + checked);
        return fee(row);
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public Optional<SlidingScale> slidingScaleOf(UUID coupleId) {
        access.audited(AuditAction.VIEW, "SlidingScale", coupleId, coupleId, null);
        return storedScale(coupleId);
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public Optional<SlidingScale> setSlidingScale(UUID coupleId, @Nullable BigDecimal percent, @Nullable String reason) {
        String why = Amounts.reason(reason);
        if (percent == null) {
            db.deleteFrom(SLIDING_SCALE).where(SLIDING_SCALE.COUPLE_ID.eq(coupleId)).execute();
            access.audited(AuditAction.UPDATE, "SlidingScale", coupleId, coupleId, "standard fees from now on: " + why);
            return Optional.empty();
        }
        BigDecimal checked = Amounts.percent("percent", percent, false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(SLIDING_SCALE)
                .set(SLIDING_SCALE.COUPLE_ID, coupleId).set(SLIDING_SCALE.PERCENT, checked).set(SLIDING_SCALE.REASON, why)
                .set(SLIDING_SCALE.CHANGED_AT, now).set(SLIDING_SCALE.CHANGED_BY, access.myName())
                .onConflict(SLIDING_SCALE.COUPLE_ID).doUpdate()
                .set(SLIDING_SCALE.PERCENT, checked).set(SLIDING_SCALE.REASON, why)
                .set(SLIDING_SCALE.CHANGED_AT, now).set(SLIDING_SCALE.CHANGED_BY, access.myName())
                .execute();
        access.audited(AuditAction.UPDATE, "SlidingScale", coupleId, coupleId, checked.toPlainString() + " % of fees: " + why);
        return storedScale(coupleId);
    }

    /**
     * What the couple is charged for a service: for a service by length, the line whose length is
     * nearest the session's (a tie goes to the longer), so a 50-minute individual session bills as the
     * 45-minute line (90834) and one of 53 minutes or more as the 60-minute line (90837), as CPT's time
     * rule has it. Empty when the schedule has no line for the service.
     */
    Optional<Price> priceFor(Service service, long minutes, UUID coupleId) {
        Optional<Fee> line = db.selectFrom(FEE).where(FEE.SERVICE.eq(service.name())).fetch(FeeScheduleService::fee)
                .stream()
                .min(Comparator.<Fee>comparingLong(fee -> fee.minutes() == null ? 0 : Math.abs(fee.minutes() - minutes))
                        .thenComparing(fee -> fee.minutes() == null ? 0 : -fee.minutes()));
        Optional<SlidingScale> scale = storedScale(coupleId);
        return line.map(fee -> scale.map(s -> new Price(fee, fee.amount().percent(s.percent()), s.percent()))
                .orElseGet(() -> new Price(fee, fee.amount(), null)));
    }

    private Optional<SlidingScale> storedScale(UUID coupleId) {
        return db.selectFrom(SLIDING_SCALE).where(SLIDING_SCALE.COUPLE_ID.eq(coupleId))
                .fetchOptional(r -> new SlidingScale(r.getCoupleId(), r.getPercent(), r.getReason()));
    }

    private static Fee fee(FeeRecord r) {
        return new Fee(r.getId(), Service.valueOf(r.getService()), r.getMinutes(), r.getLabel(), r.getCptCode(),
                Money.of(r.getAmount()), r.getChangedAt().toInstant(), r.getChangedBy());
    }
}
