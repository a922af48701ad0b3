package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's week reads only that week's index entries, however many appointments the table holds:
 * generated appointments (rolled back afterwards), EXPLAIN ANALYZE of the week query. The plan is
 * written to target/explain-therapist-week.txt.
 */
@ClinicIntegrationTest
@Transactional
class WeekQueryPlanTests {

    /** 50,000 in the suite; {@code -Dimago.explain.rows=200000} for the figure in the docs. */
    static final int ROWS = Integer.getInteger("imago.explain.rows", 50_000);
    static final int THERAPISTS = 100;
    static final LocalDate BASE = LocalDate.of(2031, 1, 6);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTherapistsWeekIsAnIndexRangeScanNotASequentialScan() throws Exception {
        UUID therapist = generate();
        jdbc.execute("analyze scheduling.appointment");
        jdbc.execute("analyze scheduling.occupancy");
        // a week in the middle of the generated years
        LocalDate monday = BASE.plusWeeks(ROWS / THERAPISTS / 20 / 2);
        String from = monday.atStartOfDay(ZoneId.of("UTC")).toOffsetDateTime().toString();
        String to = monday.plusDays(7).atStartOfDay(ZoneId.of("UTC")).toOffsetDateTime().toString();

        // the week query as AppointmentRepository writes it for a therapist
        String sql = """
                explain (analyze, buffers, costs off, timing off, summary off)
                select a.* from scheduling.occupancy o join scheduling.appointment a on a.id = o.appointment_id
                where o.resource_id = '%1$s' and o.resource = 'THERAPIST'
                  and lower(o.during) > timestamptz '%2$s' - interval '12 hours' and lower(o.during) < timestamptz '%3$s'
                  and o.during && tstzrange('%2$s', '%3$s', '[)') and a.status <> 'CANCELLED'
                order by lower(a.during), a.id
                """.formatted(therapist, from, to);
        List<String> plan = jdbc.queryForList(sql, String.class);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "explain-therapist-week.txt"), plan);
        Files.writeString(Path.of("target", "explain-therapist-week.txt"), "\n-- " + ROWS + " appointments\n",
                java.nio.file.StandardOpenOption.APPEND);

        String text = String.join("\n", plan);
        assertThat(text).contains("Index Scan on occupancy_by_resource_and_start")
                .contains("Index Scan using appointment_pkey").contains("actual rows=20 ").doesNotContain("Seq Scan");
    }

    /**
     * Appointments for 100 therapists, 20 a week each (Monday to Friday, four a day), week after week,
     * each with its therapist occupancy; returns one therapist.
     */
    private UUID generate() {
        jdbc.execute("""
                create temporary table gen_appointment on commit drop as
                select gen_random_uuid() as id, t.id as therapist_id,
                       tstzrange(s, s + interval '90 minutes', '[)') as during
                from (select i, i %% %1$d as therapist, i / %1$d as k from generate_series(0, %2$d - 1) i) n
                join (select n, ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid as id
                      from generate_series(0, %1$d - 1) n) t on t.n = n.therapist
                cross join lateral (select timestamptz '%3$s 09:00+00' + (k / 20) * interval '7 days'
                        + ((k %% 20) / 4) * interval '1 day' + (k %% 4) * interval '2 hours' as s) slot
                """.formatted(THERAPISTS, ROWS, BASE));
        jdbc.execute("""
                insert into scheduling.appointment (id, kind, status, couple_id, therapist_id, telehealth, meeting_link,
                    during, created_at, created_by, updated_at)
                select id, 'JOINT', 'SCHEDULED', gen_random_uuid(), therapist_id, true, 'https://meet.example.org/x',
                       during, now(), 'generator', now()
                from gen_appointment
                """);
        jdbc.execute("""
                insert into scheduling.occupancy (appointment_id, resource, resource_id, during)
                select id, 'THERAPIST', therapist_id, during from gen_appointment
                """);
        return UUID.fromString("00000000-0000-4000-8000-000000000001");
    }
}
