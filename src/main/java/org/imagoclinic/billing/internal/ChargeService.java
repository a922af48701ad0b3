package org.imagoclinic.billing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.billing.Charge;
import org.imagoclinic.billing.ChargeCorrection;
import org.imagoclinic.billing.Charges;
import org.imagoclinic.billing.Money;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ChargeService implements Charges {

    private final ChargeRepository charges;
    private final Ledger ledger;
    private final BillingAccess access;
    private final Clock clock;

    ChargeService(ChargeRepository charges, Ledger ledger, BillingAccess access, Clock clock) {
        this.charges = charges;
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public List<Charge> ofCouple(UUID coupleId) {
        access.audited(AuditAction.VIEW, "Charges", coupleId, coupleId, null);
        return ledger.chargesOf(coupleId);
    }

    @Override
    @Transactional
    @PreAuthorize(BillingAccess.BILLERS)
    public Charge correct(UUID chargeId, ChargeCorrection correction) {
        String reason = Amounts.reason(correction.reason());
        UUID coupleId = charges.lockCoupleOf(chargeId).orElseThrow(() -> new NotFoundException("No charge with this id."));
        Charge charge = ledger.charge(chargeId).orElseThrow();
        if (charge.invoiced()) {
            throw new ConflictException("This charge is on invoice " + charge.invoiceNumber()
                    + ", which never changes: correct it with a credit note on the invoice.");
        }
        if (charge.coveredByPackage()) {
            throw new ConflictException("A prepaid package paid for this session, so it is charged nothing: "
                    + "to change what the couple paid, credit the package's invoice.");
        }
        Money change;
        if (correction.writeOff()) {
            change = charge.net().negate();
        } else {
            change = Amounts.checked("amount", correction.amount() == null ? null : correction.amount().abs(), true);
            change = correction.amount().signum() < 0 ? change.negate() : change;
            if (charge.net().plus(change).isNegative()) {
                throw new InvalidInputException("amount", "The charge is " + charge.net()
                        + " now; an adjustment can take it down to nothing but not below.");
            }
        }
        if (change.isZero()) {
            throw new InvalidInputException("amount", "The charge is already written off.");
        }
        charges.insertAdjustment(chargeId, correction.writeOff() ? "WRITE_OFF" : "ADJUSTMENT", change.amount(), reason,
                OffsetDateTime.now(clock), access.myName());
        access.audited(AuditAction.UPDATE, "Charge", chargeId, coupleId,
                (correction.writeOff() ? "written off " : "adjusted by ") + change + ": " + reason);
        return ledger.charge(chargeId).orElseThrow();
    }
}
