package org.imagoclinic.scheduling.internal.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.imagoclinic.scheduling.BulkAppointments.WeeklySessions;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale generator's bulk path for appointments: with the constraints set aside and built again
 * it writes what the row-by-row path writes, leaves the schema exactly as Flyway made it, still
 * refuses a double booking afterwards, and refuses a load that double-books, writing nothing.
 */
@ClinicIntegrationTest
class BulkAppointmentsTests {

    /** Everything the catalogue says about scheduling's constraints and indexes, one line each. */
    private static final String CATALOGUE = """
            select c.relname || ' constraint ' || k.conname || ' ' || k.contype::text || ' ' || k.convalidated || ' '
                   || pg_get_constraintdef(k.oid)
            from pg_constraint k join pg_class c on c.oid = k.conrelid
            where c.relnamespace = 'scheduling'::regnamespace
            union all
            select tablename || ' index ' || indexname || ' ' || indexdef from pg_indexes where schemaname = 'scheduling'
            order by 1
            """;
    private static final LocalDate TODAY = LocalDate.of(2041, 3, 1);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clinicClock;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.flywaydb.core.Flyway> migrations;

    private final List<UUID> couples = new ArrayList<>();

    @AfterEach
    void removeOwnRows() {
        UUID[] own = couples.toArray(UUID[]::new);
        jdbc.update("delete from scheduling.occupancy where appointment_id in "
                + "(select id from scheduling.appointment where couple_id = any(?))", (Object) own);
        jdbc.update("delete from scheduling.appointment where couple_id = any(?)", (Object) own);
    }

    @Test
    void aLoadWithTheConstraintsSetAsideLeavesTheSchemaAsFlywayMadeItAndStillRefusesDoubleBookings() {
        List<String> before = jdbc.queryForList(CATALOGUE, String.class);
        UUID therapist = UUID.randomUUID();
        UUID room = room();
        List<WeeklySessions> plans = List.of(plan(therapist, room, LocalTime.of(9, 0)), plan(therapist, room, LocalTime.of(10, 0)));

        long written = bulk().rebuildingConstraints(plans, TODAY, 7);

        assertThat(written).isEqualTo(60);
        assertThat(jdbc.queryForList(CATALOGUE, String.class)).isEqualTo(before).anyMatch(line ->
                line.contains("occupancy_no_double_booking x true EXCLUDE USING gist"));
        assertThat(ownCount("select count(*) from scheduling.appointment where couple_id = any(?)")).isEqualTo(60);
        assertThat(ownCount("select count(*) from scheduling.occupancy o join scheduling.appointment a "
                + "on a.id = o.appointment_id where a.couple_id = any(?)")).isEqualTo(240);
        assertThat(ownCount("select count(distinct status) from scheduling.appointment where couple_id = any(?) "
                + "and lower(during) < '2041-03-01'")).isGreaterThan(1);
        // the rebuilt constraint holds: a second appointment at the therapist's first scheduled hour can't hold them
        jdbc.update("insert into scheduling.appointment (id, kind, status, couple_id, therapist_id, room_id, telehealth, during, "
                + "created_at, created_by, updated_at) select gen_random_uuid(), kind, 'SCHEDULED', couple_id, therapist_id, "
                + "room_id, false, during, now(), 'test', now() from scheduling.appointment where couple_id = ? "
                + "and status = 'SCHEDULED' order by lower(during) limit 1", couples.getFirst());
        assertThatThrownBy(() -> jdbc.update("insert into scheduling.occupancy (appointment_id, resource, resource_id, during) "
                + "select b.id, 'THERAPIST', b.therapist_id, b.during from scheduling.appointment b where b.created_by = 'test' "
                + "and b.couple_id = ?", couples.getFirst()))
                .hasMessageContaining("occupancy_no_double_booking");
    }

    @Test
    void aLoadThatDoubleBooksIsRefusedInPlainWordsAndWritesNothing() {
        List<String> before = jdbc.queryForList(CATALOGUE, String.class);
        UUID therapist = UUID.randomUUID();
        List<WeeklySessions> clash = List.of(plan(therapist, room(), LocalTime.of(9, 0)),
                plan(therapist, room(), LocalTime.of(9, 30)));

        assertThatThrownBy(() -> bulk().rebuildingConstraints(clash, TODAY, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("double-book a therapist, room or partner")
                .hasMessageContaining("nothing was written");

        assertThat(ownCount("select count(*) from scheduling.appointment where couple_id = any(?)")).isZero();
        assertThat(jdbc.queryForList(CATALOGUE, String.class)).isEqualTo(before);
    }

    @Test
    void bothPathsWriteTheSameRows() {
        UUID therapist = UUID.randomUUID();
        WeeklySessions plan = plan(therapist, room(), LocalTime.of(9, 0));
        bulk().rowByRow(List.of(plan), TODAY, 11);
        List<String> rowByRow = ownRows();
        removeOwnRows();

        bulk().rebuildingConstraints(List.of(plan), TODAY, 11);

        assertThat(ownRows()).hasSize(30 * 5).isEqualTo(rowByRow);
    }

    private List<String> ownRows() {
        return jdbc.queryForList("select a.id || a.status || a.during || coalesce(a.cancelled_at::text, '-') || o.resource "
                + "|| o.resource_id || coalesce(o.released_at::text, '-') from scheduling.appointment a "
                + "left join scheduling.occupancy o on o.appointment_id = a.id where a.couple_id = any(?) "
                + "union all select a.id::text from scheduling.appointment a where a.couple_id = any(?) order by 1",
                String.class, couples.toArray(UUID[]::new), couples.toArray(UUID[]::new));
    }

    private long ownCount(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class, (Object) couples.toArray(UUID[]::new));
        return count == null ? 0 : count;
    }

    /**
     * A room of the test's own at a location of its own (the appointment refers to it), out of use, so
     * that no later test in the shared database is offered it as a free room.
     */
    private UUID room() {
        UUID location = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        jdbc.update("insert into scheduling.location (id, name, active, created_at) values (?, ?, false, now())", location,
                "Bulk test " + location);
        jdbc.update("insert into scheduling.room (id, location_id, name, capacity, active, created_at) values (?, ?, 'Room 1', 2, false, now())",
                room, location);
        return room;
    }

    private CopyAppointments bulk() {
        // as the application's bean does: setting constraints aside needs the schema's owner (ADR 0034)
        return new CopyAppointments(dataSource, migrations, clinicClock);
    }

    /** Thirty weekly sessions from 2040-10-01 (a Monday), five months before "today". */
    private WeeklySessions plan(UUID therapist, UUID room, LocalTime at) {
        UUID couple = UUID.randomUUID();
        couples.add(couple);
        return new WeeklySessions(couple, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), therapist, room,
                LocalDate.of(2040, 10, 1), at, 50, 30);
    }
}
