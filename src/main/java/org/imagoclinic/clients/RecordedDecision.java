package org.imagoclinic.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinical decision as recorded (clinical content).
 *
 * @param screenId the flagged screen it decides
 * @param recordedBy the name of the therapist or supervisor who decided
 */
public record RecordedDecision(UUID id, UUID screenId, ClinicalDecision decision, String reason, LocalDate decidedOn,
                               Instant recordedAt, String recordedBy) {
}
