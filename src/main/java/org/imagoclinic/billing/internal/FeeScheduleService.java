package org.imagoclinic.billing.internal;

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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/** The fee schedule, and what a couple is charged for a service. */
@org.springframework.stereotype.Service
class FeeScheduleService implements FeeSchedule {

    private final FeeRepository fees;
    private final BillingAccess access;
    private final Clock clock;

    FeeScheduleService(FeeRepository fees, BillingAccess access, Clock clock) {
        this.fees = fees;
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
        return fees.fees().stream()
                .sorted(Comparator.comparing(Fee::service).thenComparing(fee -> fee.minutes() == null ? 0 : fee.minutes()))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.ADMINS)
    public Fee changeFee(UUID feeId, BigDecimal amount) {
        Money checked = Amounts.checked("amount", amount, false);
        FeeRecord row = fees.findForUpdate(feeId).orElseThrow(() -> new NotFoundException("No line of the fee schedule with this id."));
        String before = row.getAmount().toPlainString();
        row.setAmount(checked.amount());
        row.setChangedAt(OffsetDateTime.now(clock));
        row.setChangedBy(access.myName());
        row.store();
        access.audited(AuditAction.UPDATE, "Fee", feeId, null, row.getLabel() + ": " + before + " to " + checked);
        return FeeRepository.fee(row);
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public Optional<SlidingScale> slidingScaleOf(UUID coupleId) {
        access.audited(AuditAction.VIEW, "SlidingScale", coupleId, coupleId, null);
        return fees.slidingScaleOf(coupleId);
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public Optional<SlidingScale> setSlidingScale(UUID coupleId, @Nullable BigDecimal percent, @Nullable String reason) {
        String why = Amounts.reason(reason);
        if (percent == null) {
            fees.deleteSlidingScale(coupleId);
            access.audited(AuditAction.UPDATE, "SlidingScale", coupleId, coupleId, "standard fees from now on: " + why);
            return Optional.empty();
        }
        BigDecimal checked = Amounts.percent("percent", percent, false);
        fees.saveSlidingScale(coupleId, checked, why, OffsetDateTime.now(clock), access.myName());
        access.audited(AuditAction.UPDATE, "SlidingScale", coupleId, coupleId, checked.toPlainString() + " % of fees: " + why);
        return fees.slidingScaleOf(coupleId);
    }

    /**
     * What the couple is charged for a service: for a service by length, the line whose length is
     * nearest the session's (a tie goes to the longer), so a 50-minute individual session bills as the
     * 45-minute line (90834) and one of 53 minutes or more as the 60-minute line (90837), as CPT's time
     * rule has it. Empty when the schedule has no line for the service.
     */
    Optional<Price> priceFor(Service service, long minutes, UUID coupleId) {
        Optional<Fee> line = fees.feesFor(service).stream()
                .min(Comparator.<Fee>comparingLong(fee -> fee.minutes() == null ? 0 : Math.abs(fee.minutes() - minutes))
                        .thenComparing(fee -> fee.minutes() == null ? 0 : -fee.minutes()));
        Optional<SlidingScale> scale = fees.slidingScaleOf(coupleId);
        return line.map(fee -> scale.map(s -> new Price(fee, fee.amount().percent(s.percent()), s.percent()))
                .orElseGet(() -> new Price(fee, fee.amount(), null)));
    }
}
