package org.imagoclinic.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction of a charge before it is invoiced.
 *
 * @param amount signed: negative lowers the charge
 * @param writeOff whether it wrote the rest of the charge off
 * @param prepaid whether a prepaid package paid for the session, bringing its charge to nothing
 */
public record Adjustment(UUID id, Money amount, boolean writeOff, boolean prepaid, String reason, Instant madeAt,
                         String madeBy) {
}
