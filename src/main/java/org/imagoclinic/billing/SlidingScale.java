package org.imagoclinic.billing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A couple's reduced fee: every fee charged to them is this percentage of the schedule's.
 *
 * @param percent more than 0 and at most 100, e.g. 60 for 60 % of the standard fee
 * @param reason why, e.g. "student couple, income assessed 2026-11"
 */
public record SlidingScale(UUID coupleId, BigDecimal percent, String reason) {
}
