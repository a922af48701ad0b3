package org.imagoclinic.billing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the fee schedule.
 *
 * @param minutes the session length this fee is for; null for a service not charged by length
 * @param cptCode the CPT code the service bills as (90847 couple session with the patient present,
 *                90834 / 90837 individual 45 / 60 minutes); null for what no insurer pays (fees, workshops)
 * @param amount the standard fee; a couple's sliding scale takes its share of it
 */
public record Fee(UUID id, Service service, @Nullable Integer minutes, String label, @Nullable String cptCode,
                  Money amount, Instant changedAt, String changedBy) {
}
