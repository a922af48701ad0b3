package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.List;

/**
 * The clinic's fee schedule and couples' sliding-scale fees. Everyone who bills reads it; only
 * administrators change the schedule; the front desk and administrators set a couple's sliding scale.
 * A change applies to charges made after it, never to those already made.
 */
public interface FeeSchedule {

    /** Every line, by service and length. */
    List<Fee> fees();

    /** Sets a line's fee. @throws org.imagoclinic.shared.InvalidInputException for a negative or missing amount */
    Fee changeFee(UUID feeId, BigDecimal amount);

    Optional<SlidingScale> slidingScaleOf(UUID coupleId);

    /** Sets the couple's sliding scale; {@code percent} null removes it (a reason is still asked for). */
    Optional<SlidingScale> setSlidingScale(UUID coupleId, @org.jspecify.annotations.Nullable BigDecimal percent,
                                           @org.jspecify.annotations.Nullable String reason);
}
