package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Fills this module's own tables fast for the scale generator and benchmarks (ADR 0017): a
 * couple's weekly joint sessions, each with the occupancy rows (therapist, room, both partners)
 * that the exclusion constraint checks, written with COPY, without events. Past sessions are
 * completed, a few missed or cancelled (their holds released); later ones are scheduled. Present
 * only in the {@code scale} profile.
 */
public interface BulkAppointments {

    /** {@code count} weekly sessions of {@code minutes} from {@code firstDay} at {@code at}, clinic time. */
    record WeeklySessions(UUID coupleId, UUID episodeId, UUID partnerAId, UUID partnerBId, UUID therapistId,
                          UUID roomId, LocalDate firstDay, LocalTime at, int minutes, int count) {
    }

    /** Writes the sessions; {@code today} divides the past from the future. Returns how many appointments. */
    long create(List<WeeklySessions> plans, LocalDate today, long seed);
}
