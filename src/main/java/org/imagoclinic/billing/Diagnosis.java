package org.imagoclinic.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A diagnosis a clinician recorded for one partner, printed on that partner's superbills only.
 *
 * @param personId the partner it is about
 * @param code ICD-10, upper case with its dot, e.g. "Z63.0"
 * @param since the first day it applies
 * @param endedOn the last day it applied; null while it still does
 */
public record Diagnosis(UUID id, UUID coupleId, UUID personId, String code, String description, LocalDate since,
                        @Nullable LocalDate endedOn, Instant recordedAt, String recordedBy) {

    /** Whether it applied on any day from {@code from} to {@code to}, both included. */
    public boolean appliesBetween(LocalDate from, LocalDate to) {
        return !since.isAfter(to) && (endedOn == null || !endedOn.isBefore(from));
    }
}
