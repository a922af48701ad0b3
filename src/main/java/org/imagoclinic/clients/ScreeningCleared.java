package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A clinician recorded a decision on a flagged screen, so the couple is no longer held in screening
 * review. Only {@link ClinicalDecision#PROCEED_WITH_JOINT_WORK} lets joint sessions be booked;
 * after the other decisions {@link BookingEligibility} still refuses them, with the reason.
 */
public record ScreeningCleared(UUID coupleId, UUID screenId, UUID decisionId, ClinicalDecision decision,
                               LocalDate decidedOn) implements DomainEvent {
}
