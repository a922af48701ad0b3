package org.imagoclinic.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills this module's own tables fast for the scale generator and benchmarks (ADR 0017): a
 * couple's weekly joint sessions, each with the occupancy rows (therapist, room, both partners)
 * that the exclusion constraint checks, written with COPY, without events. Past sessions are
 * completed, a few missed or cancelled by the couple (their holds released); later ones are
 * scheduled. Into a (nearly) empty table the constraints and indexes are set aside and built again
 * once at the end, which checks every row as the row-by-row path would. Present only in the
 * {@code scale} profile.
 */
public interface BulkAppointments {

    /** {@code count} weekly sessions of {@code minutes} from {@code firstDay} at {@code at}, clinic time. */
    record WeeklySessions(UUID coupleId, UUID episodeId, UUID partnerAId, UUID partnerBId, UUID therapistId,
                          UUID roomId, LocalDate firstDay, LocalTime at, int minutes, int count) {

        /**
         * The sessions this plan stands for, the same every time for the same {@code today} and
         * {@code seed}: their ids, times and statuses (past: 90 % completed, 4 % no-show, 6 %
         * cancelled by the couple two days ahead; from today on: scheduled). Other modules' bulk
         * parts read them to hold the same facts.
         */
        public List<PlannedSession> sessions(LocalDate today, ZoneId zone, long seed) {
            SplittableRandom random = new SplittableRandom(seed ^ coupleId.getMostSignificantBits()
                    ^ coupleId.getLeastSignificantBits());
            List<PlannedSession> sessions = new ArrayList<>(count);
            for (int week = 0; week < count; week++) {
                LocalDate day = firstDay.plusWeeks(week);
                OffsetDateTime start = day.atTime(at).atZone(zone).toOffsetDateTime();
                int roll = random.nextInt(100);
                AppointmentStatus status = !day.isBefore(today) ? AppointmentStatus.SCHEDULED
                        : roll < 90 ? AppointmentStatus.COMPLETED
                        : roll < 94 ? AppointmentStatus.NO_SHOW : AppointmentStatus.CANCELLED;
                UUID id = UUID.nameUUIDFromBytes((coupleId + "/" + seed + "/" + week).getBytes(StandardCharsets.UTF_8));
                sessions.add(new PlannedSession(id, start, start.plusMinutes(minutes), status));
            }
            return sessions;
        }
    }

    /** One session of a plan; a cancelled one was cancelled by the couple two days before, not late. */
    record PlannedSession(UUID appointmentId, OffsetDateTime start, OffsetDateTime end, AppointmentStatus status) {
    }

    /** Writes the sessions; {@code today} divides the past from the future. Returns how many appointments. */
    long create(List<WeeklySessions> plans, LocalDate today, long seed);
}
