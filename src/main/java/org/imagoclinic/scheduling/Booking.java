package org.imagoclinic.scheduling;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a booking made: one appointment, or every session of a new series in order.
 *
 * @param seriesId the new series, if one was booked
 */
public record Booking(@Nullable UUID seriesId, List<Appointment> appointments) {

    /** The first (or only) appointment. */
    public Appointment first() {
        return appointments.getFirst();
    }
}
