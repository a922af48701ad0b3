package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A behaviour change request was followed up: did the giving partner keep the request they chose?
 *
 * @param followUpId the follow-up's id (reporting's key for idempotency)
 * @param requestId the behaviour change request (the {@code exerciseId} of its {@link ExerciseRecorded})
 * @param askingPartnerId the partner who asked
 */
public record RequestFollowedUp(UUID followUpId, UUID requestId, UUID coupleId, UUID episodeId,
                                UUID askingPartnerId, FollowUpOutcome outcome, LocalDate followedUpOn)
        implements DomainEvent {
}
