package org.imagoclinic.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether the clinic emails last month's statements by itself, and on which day of the month.
 *
 * @param changedBy who last changed it; null before anyone did
 */
public record MonthlySending(boolean enabled, int dayOfMonth, @Nullable String changedBy, @Nullable Instant changedAt) {
}
