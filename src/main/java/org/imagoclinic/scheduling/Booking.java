package org.imagoclinic.scheduling;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a booking made: one appointment, or every session of a new series in order.
 *
 * @param seriesId the new series, if one was booked
 * @param skipped the days the series left out because the clinic is closed, and why
 */
public record Booking(@Nullable UUID seriesId, List<Appointment> appointments, List<SkippedDay> skipped) {

    /** What a booking, move or cancellation made when no day was skipped. */
    public Booking(@Nullable UUID seriesId, List<Appointment> appointments) {
        this(seriesId, appointments, List.of());
    }

    /** The first (or only) appointment. */
    public Appointment first() {
        return appointments.getFirst();
    }
}
