package org.imagoclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A couple to put on the waitlist; see {@link WaitlistEntry} for the fields. Priority defaults to normal. */
public record NewWaitlistEntry(@Nullable UUID coupleId, @Nullable UUID preferredTherapistId,
                               @Nullable Set<DayOfWeek> days, @Nullable LocalTime earliest,
                               @Nullable LocalTime latest, @Nullable Priority priority, @Nullable String note) {
}
