package org.imagoclinic.scheduling;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A slot offered to a waiting couple: booked at once as an intake session (or the kind given).
 *
 * @param kind defaults to an intake session
 */
public record SlotOffer(@Nullable AppointmentKind kind, @Nullable UUID therapistId, @Nullable UUID roomId,
                        @Nullable LocalDateTime start, @Nullable Integer durationMinutes, @Nullable Boolean telehealth,
                        @Nullable String meetingLink, @Nullable String hoursOverrideReason) {

    /** Whether it is offered online. */
    public boolean telehealthOffered() {
        return Boolean.TRUE.equals(telehealth);
    }
}
