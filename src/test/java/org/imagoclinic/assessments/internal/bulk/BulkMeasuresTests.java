package org.imagoclinic.assessments.internal.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.imagoclinic.assessments.BulkMeasures;
import org.imagoclinic.assessments.BulkMeasures.EpisodePlan;
import org.imagoclinic.assessments.ClinicSampleNorms;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.ReferenceGroup;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale generator's bulk path for measures: CSI-16 forms whose stored answers are valid for the
 * instrument and give the stored score by its key, five per partner on session days from baseline
 * to closing (fewer for an episode still running), and courses that differ: most partners improve
 * reliably, some stay flat, a few get worse.
 */
@ClinicIntegrationTest
class BulkMeasuresTests {

    private static final LocalDate TODAY = LocalDate.of(2042, 6, 1);

    @Autowired
    DataSource dataSource;
    @Autowired
    MeasureCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClinicSampleNorms clinicNorms;

    private final List<UUID> couples = new ArrayList<>();

    @AfterEach
    void removeOwnRows() {
        jdbc.update("delete from assessments.administration where couple_id = any(?)", (Object) couples.toArray(UUID[]::new));
        clinicNorms.refresh("CSI-16");
    }

    @Test
    void formsAreValidScoredByTheKeyOnSessionDaysWithCoursesThatDiffer() throws Exception {
        List<EpisodePlan> plans = new ArrayList<>();
        LocalDate first = LocalDate.of(2040, 1, 2);
        for (int i = 0; i < 400; i++) {
            plans.add(plan(first.plusDays(i), first.plusDays(i).plusWeeks(49)));
        }
        EpisodePlan running = plan(TODAY.minusWeeks(20), TODAY.plusWeeks(29));
        plans.add(running);

        List<BulkMeasures.Written> written = new CopyMeasures(dataSource, catalogue, clinicNorms).create(plans, TODAY, 5, 3);

        Instrument csi = catalogue.find("CSI-16").orElseThrow();
        List<Map<String, Object>> rows = jdbc.queryForList("select partner_id, episode_id, administered_on, answers, score, "
                + "clinical_range from assessments.administration where couple_id = any(?) order by partner_id, administered_on",
                (Object) couples.toArray(UUID[]::new));
        assertThat(rows).hasSize(written.size()).hasSize(400 * 2 * 5 + 2 * 2);
        for (Map<String, Object> row : rows) {
            Integer[] answers = (Integer[]) ((java.sql.Array) row.get("answers")).getArray();
            int score = (Integer) row.get("score");
            assertThat(csi.score(Arrays.asList(answers))).isEqualTo(score);
            assertThat(row.get("clinical_range")).isEqualTo(score < 51.5);
        }
        assertThat(written.stream().filter(form -> form.episodeId().equals(plans.getFirst().episodeId()))
                .map(BulkMeasures.Written::administeredOn).distinct())
                .containsExactly(first, first.plusWeeks(12), first.plusWeeks(25), first.plusWeeks(37), first.plusWeeks(49));
        assertThat(written.stream().filter(form -> form.episodeId().equals(running.episodeId()))
                .map(BulkMeasures.Written::administeredOn).distinct())
                .containsExactly(TODAY.minusWeeks(20), TODAY.minusWeeks(8));

        // baseline to last form: better by more than 9 points (of 81), worse by more than 9, or within 4
        Map<String, Long> courses = jdbc.queryForList("select case when last - first > 9 then 'better' "
                        + "when last - first < -9 then 'worse' when abs(last - first) <= 4 then 'flat' else 'some' end as course "
                        + "from (select partner_id, (array_agg(score order by administered_on))[1] as first, "
                        + "(array_agg(score order by administered_on desc))[1] as last from assessments.administration "
                        + "where couple_id = any(?) group by partner_id) p", String.class, (Object) couples.toArray(UUID[]::new))
                .stream().collect(java.util.stream.Collectors.groupingBy(course -> course, java.util.stream.Collectors.counting()));
        long partners = 401 * 2;
        assertThat(courses.getOrDefault("better", 0L)).isGreaterThan(partners * 2 / 5);
        assertThat(courses.getOrDefault("flat", 0L)).isGreaterThan(partners / 20);
        assertThat(courses.getOrDefault("worse", 0L)).isGreaterThan(partners / 40).isLessThan(partners / 5);

        // the baselines look like real answers: items hang together (α as published samples) and totals spread
        List<int[]> baselines = jdbc.queryForList("select distinct on (episode_id, partner_id) answers "
                        + "from assessments.administration where couple_id = any(?) "
                        + "order by episode_id, partner_id, administered_on", java.sql.Array.class,
                        (Object) couples.toArray(UUID[]::new)).stream()
                .map(array -> itemScores(csi, array)).toList();
        ReferenceGroup group = ReferenceGroup.of(baselines);
        System.out.printf("Scale generator baselines: n = %d, SD %.2f, alpha %.3f%n", group.baselines(), group.sd(), group.alpha());
        assertThat(group.baselines()).isEqualTo(partners);
        assertThat(group.alpha()).isBetween(0.90, 0.97);
        assertThat(group.sd()).isBetween(9.0, 15.0);
    }

    private static int[] itemScores(Instrument instrument, java.sql.Array array) {
        try {
            Integer[] answers = (Integer[]) array.getArray();
            int[] scores = new int[answers.length];
            for (int i = 0; i < answers.length; i++) {
                scores[i] = instrument.items().get(i).options().get(answers[i]).score();
            }
            return scores;
        } catch (java.sql.SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private EpisodePlan plan(LocalDate firstSession, LocalDate lastSession) {
        UUID couple = UUID.randomUUID();
        couples.add(couple);
        return new EpisodePlan(couple, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                firstSession, lastSession);
    }
}
