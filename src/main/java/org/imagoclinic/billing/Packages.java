package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Prepaid courses of sessions. Sold by the front desk and administrators; a couple's packages with
 * their balance also shown to its care team (like its balance). Audited with the couple.
 */
public interface Packages {

    /**
     * Sells a course: charges its price now (invoiced like any charge); from then on each completed
     * session of the fee line draws one from the oldest package with sessions left.
     *
     * @throws org.imagoclinic.shared.InvalidInputException for a fee line that is not a session, a number of
     *         sessions outside 2–50, a missing or non-positive price
     */
    SessionPackage sell(UUID coupleId, @Nullable UUID feeId, @Nullable Integer sessions, @Nullable BigDecimal price);

    /** The couple's packages, newest first, with the sessions used and left. */
    List<SessionPackage> ofCouple(UUID coupleId);
}
