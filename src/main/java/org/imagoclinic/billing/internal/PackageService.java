package org.imagoclinic.billing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.ChargeKind;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.Service;
import org.imagoclinic.billing.SessionPackage;
import org.imagoclinic.billing.internal.db.tables.records.FeeRecord;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.shared.InvalidInputException;
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

    private final PackageRepository packages;
    private final FeeRepository fees;
    private final ChargeRepository charges;
    private final Couples couples;
    private final BillingAccess access;
    private final Clock clock;

    PackageService(PackageRepository packages, FeeRepository fees, ChargeRepository charges, Couples couples,
                   BillingAccess access, Clock clock) {
        this.packages = packages;
        this.fees = fees;
        this.charges = charges;
        this.couples = couples;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public SessionPackage sell(UUID coupleId, @Nullable UUID feeId, @Nullable Integer sessions, @Nullable BigDecimal price) {
        couples.get(coupleId);
        FeeRecord fee = feeId == null ? null : fees.find(feeId).orElse(null);
        if (fee == null || !Service.valueOf(fee.getService()).byLength()) {
            throw new InvalidInputException("feeId", "Choose the kind of session the package is for.");
        }
        if (sessions == null || sessions < 2 || sessions > 50) {
            throw new InvalidInputException("sessions", "A package holds from 2 to 50 sessions.");
        }
        Money amount = Amounts.checked("price", price, true);
        packages.lockPackagesOf(coupleId);
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        packages.insert(id, coupleId, feeId, sessions, amount.amount(), today, now, access.myName());
        charges.insert(coupleId, id, ChargeKind.PACKAGE, today, "Prepaid package: " + sessions + " × " + fee.getLabel(),
                amount.amount(), now);
        access.audited(AuditAction.CREATE, "Package", id, coupleId, sessions + " × " + fee.getLabel() + " for " + amount);
        return packages.get(id);
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BALANCE_READERS)
    public List<SessionPackage> ofCouple(UUID coupleId) {
        access.requireMaySeeBalance(coupleId);
        access.audited(AuditAction.VIEW, "Packages", coupleId, coupleId, null);
        return packages.ofCouple(coupleId);
    }

    /**
     * Takes the session just charged from the couple's oldest package of its fee line with sessions left,
     * if there is one, and brings its charge to nothing. Runs in the charging transaction.
     */
    void drawDown(UUID chargeId, UUID coupleId, UUID feeId) {
        packages.lockPackagesOf(coupleId);
        packages.ofCoupleAndFee(coupleId, feeId).reversed().stream()
                .filter(p -> p.remaining() > 0).findFirst().ifPresent(course -> {
                    BigDecimal amount = charges.amountOf(chargeId);
                    packages.insertUse(course.id(), chargeId);
                    charges.insertAdjustment(chargeId, "PACKAGE", amount.negate(), "Prepaid: session " + (course.used() + 1)
                            + " of " + course.sessions() + " of the package sold " + course.soldOn(),
                            OffsetDateTime.now(clock), "system");
                });
    }

    /** The package that paid for a session's charge, with its price per session; for superbills. */
    Map<UUID, SessionPackage> packagesOfCharges(List<UUID> chargeIds) {
        Map<UUID, UUID> packageOfCharge = packages.packageOfCharges(chargeIds);
        Map<UUID, SessionPackage> byId = packages.all(packageOfCharge.values()).stream()
                .collect(Collectors.toMap(SessionPackage::id, p -> p));
        return packageOfCharge.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> byId.get(e.getValue())));
    }
}
