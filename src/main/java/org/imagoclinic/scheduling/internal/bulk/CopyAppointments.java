package org.imagoclinic.scheduling.internal.bulk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.imagoclinic.scheduling.BulkAppointments;
import org.imagoclinic.shared.CopyWriter;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@link BulkAppointments} through COPY into {@code scheduling.appointment} and {@code scheduling.occupancy}. */
@Component
@Profile("scale")
class CopyAppointments implements BulkAppointments {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final String BY = "scale-generator";

    private final DataSource dataSource;
    private final ZoneId zone;

    CopyAppointments(DataSource dataSource, Clock clinicClock) {
        this.dataSource = dataSource;
        this.zone = clinicClock.getZone();
    }

    @Override
    public long create(List<WeeklySessions> plans, LocalDate today, long seed) {
        Random random = new Random(seed);
        OffsetDateTime now = OffsetDateTime.now(zone);
        try (CopyWriter appointments = new CopyWriter(dataSource, "scheduling.appointment", "id", "kind", "status",
                "couple_id", "episode_id", "therapist_id", "room_id", "telehealth", "during", "cancelled_by",
                "cancel_reason", "late_cancellation", "cancelled_at", "checked_in_at", "finished_at", "created_at",
                "created_by", "updated_at");
             CopyWriter occupancy = new CopyWriter(dataSource, "scheduling.occupancy", "appointment_id", "resource",
                "resource_id", "couple_id", "during", "released_at").after(appointments)) {
            long written = 0;
            for (WeeklySessions plan : plans) {
                for (int week = 0; week < plan.count(); week++) {
                    LocalDate day = plan.firstDay().plusWeeks(week);
                    OffsetDateTime start = day.atTime(plan.at()).atZone(zone).toOffsetDateTime();
                    OffsetDateTime end = start.plusMinutes(plan.minutes());
                    String during = "[\"" + start.format(INSTANT) + "\",\"" + end.format(INSTANT) + "\")";
                    String status = status(day, today, random);
                    boolean cancelled = status.equals("CANCELLED");
                    OffsetDateTime cancelledAt = cancelled ? start.minusDays(2) : null;
                    UUID id = UUID.randomUUID();
                    appointments.row(id, "JOINT", status, plan.coupleId(), plan.episodeId(), plan.therapistId(),
                            plan.roomId(), false, during, cancelled ? "CLIENT" : null, cancelled ? "Unwell" : null,
                            cancelled ? false : null, cancelledAt, status.equals("COMPLETED") ? start : null,
                            status.equals("COMPLETED") ? end : null, start.minusWeeks(1), BY, now);
                    occupancy.row(id, "THERAPIST", plan.therapistId(), null, during, cancelledAt);
                    occupancy.row(id, "ROOM", plan.roomId(), null, during, cancelledAt);
                    occupancy.row(id, "PERSON", plan.partnerAId(), plan.coupleId(), during, cancelledAt);
                    occupancy.row(id, "PERSON", plan.partnerBId(), plan.coupleId(), during, cancelledAt);
                    written++;
                }
            }
            return written;
        }
    }

    private static String status(LocalDate day, LocalDate today, Random random) {
        if (!day.isBefore(today)) {
            return "SCHEDULED";
        }
        int roll = random.nextInt(100);
        return roll < 90 ? "COMPLETED" : roll < 94 ? "NO_SHOW" : "CANCELLED";
    }
}
