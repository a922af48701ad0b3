package org.imagoclinic.scheduling;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A therapist's time away, from–to in the clinic's wall-clock time.
 *
 * @param id none for one not yet saved
 */
public record TimeOff(@Nullable UUID id, UUID therapistId, LocalDateTime from, LocalDateTime to, String reason) {
}
