package org.imagoclinic.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cancelled session's slot offered to a waiting couple (ADR 0046), as the front desk sees it.
 *
 * @param freedAppointmentId the cancelled session whose slot this is
 * @param start the slot's start, in the clinic's time zone
 * @param expiresAt when the offer runs out and the next couple is offered the slot
 * @param answeredAt when it was answered, ran out or closed; null while open
 * @param answeredBy who recorded the answer, or "the clinic's timetable" when it ran out
 * @param bookedAppointmentId the session booked when the couple said yes
 */
public record WaitlistOffer(UUID id, UUID entryId, UUID coupleId, String coupleName, UUID freedAppointmentId,
                            UUID therapistId, LocalDateTime start, LocalDateTime end, String place,
                            Instant offeredAt, Instant expiresAt, OfferAnswer answer, @Nullable Instant answeredAt,
                            @Nullable String answeredBy, @Nullable UUID bookedAppointmentId) {

    /** Whether the couple may still say yes. */
    public boolean open() {
        return answer == OfferAnswer.OPEN;
    }
}
