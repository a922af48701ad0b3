package org.imagoclinic.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction of a charge before it is invoiced.
 *
 * @param amount signed: negative lowers the charge
 * @param writeOff whether it wrote the rest of the charge off
 */
public record Adjustment(UUID id, Money amount, boolean writeOff, String reason, Instant madeAt, String madeBy) {
}
