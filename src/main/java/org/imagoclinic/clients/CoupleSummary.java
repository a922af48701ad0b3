package org.imagoclinic.clients;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of the couples list: no clinical content.
 *
 * @param partnerNames both partners' names, e.g. "Alex Smith and Sam Jones"
 * @param careStatus the status of the newest episode of care
 * @param primaryTherapistId of the open episode, if one is open and assigned
 * @param coTherapistId of the open episode, if any
 */
public record CoupleSummary(UUID id, String displayName, String partnerNames, CareStatus careStatus,
                            @Nullable UUID primaryTherapistId, @Nullable UUID coTherapistId,
                            ScreeningHold screeningHold, Instant registeredAt) {
}
