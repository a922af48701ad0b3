package org.imagoclinic.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A couple waiting for a first slot, with what suits them.
 *
 * @param preferredTherapistId none for whoever is free
 * @param days the days that suit them; empty for any day
 * @param earliest the earliest start that suits them, if they said
 * @param latest the latest end that suits them, if they said
 */
public record WaitlistEntry(UUID id, UUID coupleId, String coupleName, @Nullable UUID preferredTherapistId,
                            Set<DayOfWeek> days, @Nullable LocalTime earliest, @Nullable LocalTime latest,
                            Priority priority, @Nullable String note, Instant addedAt, String addedBy) {
}
