package org.imagoclinic.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * A couple's intake details as stored (clinical content).
 *
 * @param updatedBy the name of whoever last wrote them
 */
public record Intake(UUID coupleId, IntakeDetails details, Instant updatedAt, String updatedBy) {
}
