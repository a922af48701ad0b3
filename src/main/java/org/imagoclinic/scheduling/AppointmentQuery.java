package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which appointments to list: those that overlap the days {@code from} to {@code to} (both included,
 * in the clinic's time zone), narrowed by therapist (lead or co-therapist), room or couple; a null
 * filter does not narrow. Cancelled appointments only when asked for.
 */
public record AppointmentQuery(@Nullable UUID therapistId, @Nullable UUID roomId, @Nullable UUID coupleId,
                               LocalDate from, LocalDate to, boolean includeCancelled) {

    /** Everything on the clinic's calendar on these days, cancelled appointments left out. */
    public static AppointmentQuery wholeClinic(LocalDate from, LocalDate to) {
        return new AppointmentQuery(null, null, null, from, to, false);
    }

    public static AppointmentQuery ofTherapist(UUID therapistId, LocalDate from, LocalDate to) {
        return new AppointmentQuery(therapistId, null, null, from, to, false);
    }

    public static AppointmentQuery ofRoom(UUID roomId, LocalDate from, LocalDate to) {
        return new AppointmentQuery(null, roomId, null, from, to, false);
    }

    public static AppointmentQuery ofCouple(UUID coupleId, LocalDate from, LocalDate to) {
        return new AppointmentQuery(null, null, coupleId, from, to, true);
    }
}
