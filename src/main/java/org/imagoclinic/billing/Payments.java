package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Payments, refunds, balances and the aging report. Recording and refunding: front desk and
 * administrators; a couple's balance: also the therapists on the couple's care team (and their
 * supervisors); the aging report: front desk, administrators and supervisors. Reads that name a
 * couple are audited.
 */
public interface Payments {

    /**
     * Records a payment and puts it against the invoice named, then the oldest outstanding ones; what
     * is left stays as the couple's credit.
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a missing or non-positive amount, a
     *         missing method, a non-cash payment without a reference, a payer not of this couple, a day in the future
     */
    Payment record(UUID coupleId, NewPayment payment);

    /** The couple's payments, newest first. */
    List<Payment> ofCouple(UUID coupleId);

    /**
     * Pays back part or all of what is left of a payment.
     *
     * @throws org.imagoclinic.shared.InvalidInputException without a reason, or for more than is left unallocated
     */
    Payment refund(UUID paymentId, @Nullable BigDecimal amount, @Nullable String reason);

    /** Every payment received on a day, for the front desk's cash-up; each couple listed is audited. */
    List<Payment> receivedOn(java.time.LocalDate day);

    Balance balanceOf(UUID coupleId);

    AgingReport aging();
}
