package org.imagoclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One block of a therapist's usual week, e.g. Monday 09:00–13:00, in the clinic's time zone. */
public record HoursBlock(@Nullable DayOfWeek day, @Nullable LocalTime from, @Nullable LocalTime to) {
}
