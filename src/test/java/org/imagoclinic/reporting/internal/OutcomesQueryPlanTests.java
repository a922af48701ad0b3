package org.imagoclinic.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes report reads one table of pre-aggregated couple outcomes of the period's episodes,
 * never the measures: generated episode facts and couple outcomes (rolled back afterwards), EXPLAIN
 * ANALYZE of the outcomes query, and the whole report's time over repeated runs, printed
 * (not asserted) to target/explain-outcomes.txt for ADR 0015.
 */
@ClinicIntegrationTest
@Transactional
class OutcomesQueryPlanTests {

    /** 20,000 in the suite; {@code -Dimago.explain.couples=100000} for the figure in ADR 0015. */
    static final int COUPLES = Integer.getInteger("imago.explain.couples", 20_000);
    static final int THERAPISTS = 200;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DSLContext dsl;
    @Autowired
    Reports reports;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeasureCatalogue catalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aYearsOutcomesAreOneScanOfTheCoupleOutcomesWithoutAJoin() throws Exception {
        generate();
        jdbc.execute("analyze reporting.episode_fact");
        jdbc.execute("analyze reporting.couple_outcome");

        ReportFilter year = new ReportFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null, null, null,
                ReportFilter.DEFAULT_INSTRUMENT);
        ResultQuery<?> outcomes = OutcomeQueries.outcomesQuery(dsl, year, EpisodeScope.of(year, null),
                catalogue.find("CSI-16").orElseThrow());
        List<String> plan = dsl.resultQuery("explain (analyze, buffers, costs off) {0}", outcomes).fetch()
                .getValues(0, String.class);

        TestAccounts.signIn(context, "admin");
        OutcomesReport report = reports.outcomes(year);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            reports.outcomes(year);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(null);
        List<String> out = new ArrayList<>(plan);
        out.add("-- " + COUPLES + " episodes over five years, each with its couple outcome; "
                + report.episodesStarted() + " started in 2024");
        out.add("-- whole outcomes report (4 queries + assembly), 20 runs, ms: median " + millis.get(10)
                + ", p95 " + millis.get(18) + ", max " + millis.get(19));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "explain-outcomes.txt"), out);

        String text = String.join("\n", plan);
        // one table, no join: the figures are pre-aggregated per episode, not computed from the measures
        assertThat(text).contains("on couple_outcome e").doesNotContain("Join").doesNotContain("measure ");
        assertThat(report.episodesStarted()).isGreaterThanOrEqualTo(COUPLES / 5 - THERAPISTS);
    }

    /** One episode per couple, opened evenly over 2021–2025, four in five closed after 120 days; both partners measured. */
    private void generate() {
        jdbc.execute("""
                insert into reporting.episode_fact (episode_id, couple_id, opened_on, closed_on, ending, primary_therapist_id,
                    life_stage, concern_tags, sessions_attended)
                select gen_random_uuid(), gen_random_uuid(), date '2021-01-01' + (i %% 1826),
                       case when i %% 5 = 0 then null else date '2021-01-01' + (i %% 1826) + 120 end,
                       case when i %% 5 = 0 then null when i %% 7 = 0 then 'DROPPED_OUT' else 'COMPLETED' end,
                       ('00000000-0000-4000-8000-' || lpad((i %% %1$d)::text, 12, '0'))::uuid,
                       'COMMUNICATION_BREAKDOWN', '{communication}', 10
                from generate_series(0, %2$d - 1) i
                """.formatted(THERAPISTS, COUPLES));
        jdbc.execute("""
                insert into reporting.couple_outcome (episode_id, instrument_code, couple_id, opened_on, closed_on,
                    primary_therapist_id, life_stage, concern_tags, a_baseline, a_current, a_measures, b_baseline,
                    b_current, b_measures)
                select e.episode_id, 'CSI-16', e.couple_id, e.opened_on, e.closed_on, e.primary_therapist_id, e.life_stage,
                       e.concern_tags, 20 + (random() * 40)::int, 25 + (random() * 50)::int, 10,
                       20 + (random() * 40)::int, 25 + (random() * 50)::int, 10
                from reporting.episode_fact e
                where e.primary_therapist_id::text like '00000000-0000-4000-8000-%'
                """);
    }
}
