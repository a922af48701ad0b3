package org.imagoclinic.billing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A prepaid course of sessions of one fee line (e.g. ten 60-minute couple sessions): sold as one charge
 * of its price, then drawn down by each session of that line the couple completes, whose own charge it
 * brings to nothing.
 *
 * @param label the fee line it covers, e.g. "Couple session, 60 minutes"
 * @param used sessions drawn from it so far
 * @param remaining sessions left; a session after the last is charged as usual
 */
public record SessionPackage(UUID id, UUID coupleId, UUID feeId, String label, int sessions, Money price,
                             LocalDate soldOn, String soldBy, int used, int remaining) {

    /** What one session of the course costs, rounded once. */
    public Money pricePerSession() {
        return Money.of(price.amount().divide(java.math.BigDecimal.valueOf(sessions), Money.SCALE, Money.ROUNDING));
    }
}
