package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.ReportFilter;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Imago practice figures from the episode facts, the dialogue ratings and the notes. */
@Component
class PracticeQueries {

    static final String[] DIALOGUES = Arrays.stream(ExerciseKind.values()).filter(ExerciseKind::dialogue)
            .map(Enum::name).toArray(String[]::new);

    private final DSLContext dsl;
    private final Clock clock;
    private final int measureIntervalDays;

    PracticeQueries(DSLContext dsl, Clock clock,
                    @Value("${imago.reporting.measure-interval-days:28}") int measureIntervalDays) {
        this.dsl = dsl;
        this.clock = clock;
        this.measureIntervalDays = measureIntervalDays;
    }

    PracticeReport report(ReportFilter filter, EpisodeScope scope) {
        EpisodeScope active = scope.activeIn(filter);
        Record sums = dsl.fetchOne("select count(*), coalesce(sum(e.dialogues), 0), coalesce(sum(e.requests_made), 0), "
                + "coalesce(sum(e.requests_followed_up), 0), coalesce(sum(e.requests_kept), 0), "
                + "count(*) filter (where (e.closed_on is null or e.closed_on > ?) and coalesce(e.last_measure_on, e.opened_on) < ?) "
                + "from reporting.episode_fact e where " + active.where(),
                active.bind(filter.to(), filter.to().minusDays(measureIntervalDays)));
        Record notes = dsl.fetchOne("select count(*) filter (where n.signed_on between ? and ?), "
                + "count(*) filter (where n.co_signer_id is not null and n.co_signed_on is null) "
                + "from reporting.note n join reporting.episode_fact e on e.episode_id = n.episode_id where " + active.where(),
                active.bind(filter.from(), filter.to()));
        int episodes = sums.get(0, Integer.class);
        int dialogues = sums.get(1, Integer.class);
        int followedUp = sums.get(3, Integer.class);
        int kept = sums.get(4, Integer.class);
        return new PracticeReport(filter, LocalDate.now(clock), episodes, dialogues,
                episodes == 0 ? null : (double) dialogues / episodes, skills(filter, active), sums.get(2, Integer.class),
                followedUp, kept, EngagementQueries.share(kept, followedUp), measureIntervalDays, sums.get(5, Integer.class),
                notes.get(0, Integer.class), notes.get(1, Integer.class));
    }

    private List<PracticeReport.SkillMonth> skills(ReportFilter filter, EpisodeScope active) {
        return dsl.fetch(SKILLS + "join reporting.episode_fact e on e.episode_id = x.episode_id "
                        + "where x.kind = any(?) and x.recorded_on between ? and ? and " + active.where() + " group by 1 order by 1",
                active.bind(DIALOGUES, filter.from(), filter.to())).map(PracticeQueries::month);
    }

    /** One episode's dialogue-skill trend, month by month. */
    List<PracticeReport.SkillMonth> skillsOf(UUID episodeId) {
        return dsl.fetch(SKILLS + "where x.kind = any(?) and x.episode_id = ? group by 1 order by 1", DIALOGUES, episodeId)
                .map(PracticeQueries::month);
    }

    private static final String SKILLS = "select to_char(x.recorded_on, 'YYYY-MM'), count(*), avg(x.mirroring)::float8, "
            + "avg(x.summary)::float8, avg(x.validation)::float8, avg(x.empathy)::float8 from reporting.exercise x ";

    private static PracticeReport.SkillMonth month(Record row) {
        return new PracticeReport.SkillMonth(row.get(0, String.class), row.get(1, Integer.class), row.get(2, Double.class),
                row.get(3, Double.class), row.get(4, Double.class), row.get(5, Double.class));
    }
}
