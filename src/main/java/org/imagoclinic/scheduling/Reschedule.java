package org.imagoclinic.scheduling;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Moves an appointment (the clinic's wall-clock times). The appointment keeps its id and remembers
 * where it was.
 *
 * @param end the new end; without it the appointment keeps its length
 * @param roomId a new room; without it the room stays (ignored for telehealth)
 * @param reason why it moves, if anyone said
 * @param hoursOverrideReason moves it outside working hours or into time off (front desk, administrators)
 * @param thisAndFollowing moves the later sessions of its series by the same amount too
 */
public record Reschedule(@Nullable LocalDateTime start, @Nullable LocalDateTime end, @Nullable UUID roomId,
                         @Nullable String reason, @Nullable String hoursOverrideReason, @Nullable Boolean thisAndFollowing) {

    /** Whether the later sessions of the series move too. */
    public boolean withFollowing() {
        return Boolean.TRUE.equals(thisAndFollowing);
    }


    public static Reschedule to(LocalDateTime start) {
        return new Reschedule(start, null, null, null, null, false);
    }
}
