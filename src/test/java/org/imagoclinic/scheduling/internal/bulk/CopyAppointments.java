package org.imagoclinic.scheduling.internal.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.BulkAppointments;
import org.imagoclinic.scheduling.BulkAppointments.PlannedSession;
import org.imagoclinic.scheduling.BulkAppointments.WeeklySessions;
import org.imagoclinic.shared.CopyWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * {@link BulkAppointments} through COPY into {@code scheduling.appointment} and {@code
 * scheduling.occupancy}: into a (nearly) empty table with the constraints and indexes set aside and
 * built again once at the end, else row by row through them.
 */
@Component
@Profile("scale")
class CopyAppointments implements BulkAppointments {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final String BY = "scale-generator";
    private static final String[] TABLES = {"scheduling.appointment", "scheduling.occupancy"};
    private static final Logger LOG = LoggerFactory.getLogger(CopyAppointments.class);

    /**
     * Above this many appointments already in the table, the load goes row by row: rebuilding the
     * indexes over the rows already there would take longer than it saves.
     */
    static final long MOST_PRESENT_FOR_REBUILD = 100_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * Setting constraints aside is a change of the schema, which only its owner may make (ADR 0034): the
     * load connects as the migrations do, where they have a role of their own.
     */
    @Autowired
    CopyAppointments(DataSource dataSource, ObjectProvider<Flyway> migrations, Clock clinicClock) {
        this(migrations.stream().map(flyway -> flyway.getConfiguration().getDataSource()).findFirst().orElse(dataSource),
                clinicClock);
    }

    CopyAppointments(DataSource dataSource, Clock clinicClock) {
        this.dataSource = dataSource;
        this.clock = clinicClock;
        this.zone = clinicClock.getZone();
    }

    @Override
    public long create(List<WeeklySessions> plans, LocalDate today, long seed) {
        long present = appointmentsPresent();
        if (present > MOST_PRESENT_FOR_REBUILD) {
            LOG.warn("scheduling.appointment already holds {} appointments (more than {}): dropping and rebuilding the "
                    + "exclusion constraint would cost more than it saves, so these go in row by row", present,
                    MOST_PRESENT_FOR_REBUILD);
            return rowByRow(plans, today, seed);
        }
        return rebuildingConstraints(plans, today, seed);
    }

    /** Every row through the exclusion constraint's GiST index as it is written: fine for thousands, slow for millions. */
    long rowByRow(List<WeeklySessions> plans, LocalDate today, long seed) {
        return write(dataSource, plans, today, seed);
    }

    /**
     * One transaction: drop the keys, the exclusion constraint and the indexes of appointments and
     * occupancy, COPY, then build each once over all rows, which checks again that nothing is
     * double-booked. Any failure (a clash included) rolls everything back, constraints and all.
     */
    long rebuildingConstraints(List<WeeklySessions> plans, LocalDate today, long seed) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                SingleConnectionDataSource one = new SingleConnectionDataSource(connection, true);
                new JdbcTemplate(one).execute("lock table scheduling.appointment, scheduling.occupancy in access exclusive mode");
                ConstraintsSetAside aside = ConstraintsSetAside.drop(one, TABLES);
                long written = write(one, plans, today, seed);
                aside.restore();
                connection.commit();
                return written;
            } catch (RuntimeException e) {
                connection.rollback();
                throw refusal(e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The bulk load of appointments failed and was rolled back", e);
        }
    }

    private static RuntimeException refusal(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return new IllegalArgumentException("These sessions double-book a therapist, room or partner, so the "
                        + "exclusion constraint could not be built again; nothing was written (" + sql.getMessage() + ")",
                        failure);
            }
        }
        return failure;
    }

    private long appointmentsPresent() {
        Long count = new JdbcTemplate(dataSource).queryForObject("select count(*) from scheduling.appointment", Long.class);
        return count == null ? 0 : count;
    }

    private long write(DataSource target, List<WeeklySessions> plans, LocalDate today, long seed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (CopyWriter appointments = new CopyWriter(target, "scheduling.appointment", "id", "kind", "status",
                "couple_id", "episode_id", "therapist_id", "room_id", "telehealth", "during", "cancelled_by",
                "cancel_reason", "late_cancellation", "cancelled_at", "checked_in_at", "finished_at", "created_at",
                "created_by", "updated_at");
             CopyWriter occupancy = new CopyWriter(target, "scheduling.occupancy", "appointment_id", "resource",
                "resource_id", "couple_id", "during", "released_at").after(appointments)) {
            long written = 0;
            for (WeeklySessions plan : plans) {
                for (PlannedSession session : plan.sessions(today, zone, seed)) {
                    String during = "[\"" + session.start().format(INSTANT) + "\",\"" + session.end().format(INSTANT) + "\")";
                    AppointmentStatus status = session.status();
                    boolean cancelled = status == AppointmentStatus.CANCELLED;
                    boolean completed = status == AppointmentStatus.COMPLETED;
                    OffsetDateTime cancelledAt = cancelled ? session.start().minusDays(2) : null;
                    UUID id = session.appointmentId();
                    appointments.row(id, "JOINT", status.name(), plan.coupleId(), plan.episodeId(), plan.therapistId(),
                            plan.roomId(), false, during, cancelled ? "CLIENT" : null, cancelled ? "Unwell" : null,
                            cancelled ? false : null, cancelledAt, completed ? session.start() : null,
                            completed ? session.end() : null, session.start().minusWeeks(1), BY, now);
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
}
