package org.imagoclinic.billing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A correction to make to an unbilled charge, always with a reason.
 *
 * @param amount signed change of the charge (e.g. -20.00); ignored for a write-off, which takes the
 *               charge to nothing
 */
public record ChargeCorrection(boolean writeOff, @Nullable BigDecimal amount, @Nullable String reason) {
}
