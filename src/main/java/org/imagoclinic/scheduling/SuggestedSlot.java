package org.imagoclinic.scheduling;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A free slot for a waiting couple's intake session, as {@link Waitlist#suggestions} finds it: the
 * therapist and a room free, inside the therapist's working hours, on a day and at times that suit
 * the couple.
 */
public record SuggestedSlot(UUID therapistId, String therapistName, UUID roomId, String roomName,
                            LocalDateTime start, LocalDateTime end) {
}
