package org.imagoclinic.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded follow-up of a behaviour change request: did the partner give the request they chose? */
public record RequestFollowUp(UUID id, UUID requestId, FollowUpOutcome outcome, LocalDate followedUpOn,
                              @Nullable String note, String recordedBy, Instant recordedAt) {
}
