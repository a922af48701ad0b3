package org.imagoclinic.billing;

import java.util.List;
import java.util.UUID;

/**
 * A couple's charges. They are made by scheduling's events, once each, never by hand, and never
 * deleted: the front desk or an administrator corrects one that is not yet invoiced by an adjustment
 * or a write-off with a reason; an invoiced one is corrected by a credit note on its invoice.
 */
public interface Charges {

    /** The couple's charges, newest first. Front desk and administrators; audited. */
    List<Charge> ofCouple(UUID coupleId);

    /**
     * Adjusts or writes off an unbilled charge.
     *
     * @throws org.imagoclinic.shared.InvalidInputException without a reason, or when the charge would fall below nothing
     * @throws org.imagoclinic.shared.ConflictException when the charge is already invoiced
     */
    Charge correct(UUID chargeId, ChargeCorrection correction);
}
