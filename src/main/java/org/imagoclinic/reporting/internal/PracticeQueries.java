package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.COUPLE_OUTCOME;
import static org.imagoclinic.reporting.internal.db.Tables.DIALOGUE_ROUND;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.HOME_PRACTICE;
import static org.imagoclinic.reporting.internal.db.Tables.NOTE;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.toChar;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.internal.db.tables.CoupleOutcome;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.imagoclinic.reporting.internal.db.tables.HomePractice;
import org.imagoclinic.reporting.internal.db.tables.DialogueRound;
import org.imagoclinic.reporting.internal.db.tables.Note;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imago practice figures from the episode facts, the dialogues' rounds and their ratings, the notes, and
 * the home practice partners logged beside each couple's change.
 */
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
        EpisodeFact e = EPISODE_FACT.as("e");
        Note n = NOTE.as("n");
        Condition active = scope.activeIn(filter).on(EpisodeScope.Columns.of(e));
        var sums = dsl.select(count(), total(e.DIALOGUES), total(e.REQUESTS_MADE), total(e.REQUESTS_FOLLOWED_UP),
                        total(e.REQUESTS_KEPT),
                        count().filterWhere(e.CLOSED_ON.isNull().or(e.CLOSED_ON.gt(filter.to()))
                                .and(coalesce(e.LAST_MEASURE_ON, e.OPENED_ON).lt(filter.to().minusDays(measureIntervalDays)))))
                .from(e).where(active).fetchSingle();
        var notes = dsl.select(count().filterWhere(n.SIGNED_ON.between(filter.from(), filter.to())),
                        count().filterWhere(n.CO_SIGNER_ID.isNotNull().and(n.CO_SIGNED_ON.isNull()).and(n.RETURNED.isFalse())))
                .from(n).join(e).on(e.EPISODE_ID.eq(n.EPISODE_ID)).where(active).fetchSingle();
        int episodes = sums.value1();
        int dialogues = sums.value2();
        int followedUp = sums.value4();
        int kept = sums.value5();
        return new PracticeReport(filter, LocalDate.now(clock), episodes, dialogues,
                episodes == 0 ? null : (double) dialogues / episodes, skills(filter, scope.activeIn(filter)), sums.value3(),
                followedUp, kept, EngagementQueries.share(kept, followedUp), measureIntervalDays, sums.value6(),
                notes.value1(), notes.value2(), couples(filter, scope.activeIn(filter)), false);
    }

    /**
     * Each episode active in the period: its partners' home practice logged in its days within the
     * period, and the change on the filter's instrument of each partner with two scores or more.
     */
    private List<PracticeReport.CouplePractice> couples(ReportFilter filter, EpisodeScope active) {
        EpisodeFact e = EPISODE_FACT.as("e");
        CoupleOutcome o = COUPLE_OUTCOME.as("o");
        HomePractice p = HOME_PRACTICE.as("p");
        Field<LocalDate> first = greatest(e.OPENED_ON, inline(filter.from()));
        Field<LocalDate> last = least(coalesce(e.CLOSED_ON, inline(filter.to())), inline(filter.to()));
        Condition practised = p.COUPLE_ID.eq(e.COUPLE_ID).and(p.DAY.between(first, last));
        Field<Integer> logs = field(select(count()).from(p).where(practised));
        Field<Integer> minutes = field(select(total(p.MINUTES)).from(p).where(practised));
        return dsl.select(e.OPENED_ON, e.CLOSED_ON, first, last, logs, minutes, o.A_BASELINE, o.A_CURRENT, o.A_MEASURES,
                        o.B_BASELINE, o.B_CURRENT, o.B_MEASURES)
                .from(e).leftJoin(o).on(o.EPISODE_ID.eq(e.EPISODE_ID)).and(o.INSTRUMENT_CODE.eq(filter.instrument()))
                .where(active.on(EpisodeScope.Columns.of(e))).orderBy(e.OPENED_ON, e.EPISODE_ID)
                .fetch(row -> {
                    double weeks = (ChronoUnit.DAYS.between(row.value3(), row.value4()) + 1) / 7.0;
                    int logged = row.value5();
                    List<Integer> changes = new ArrayList<>(2);
                    change(row.value7(), row.value8(), row.value9()).ifPresent(changes::add);
                    change(row.value10(), row.value11(), row.value12()).ifPresent(changes::add);
                    return new PracticeReport.CouplePractice(row.value1(), row.value2(), weeks, logged, logged / weeks,
                            row.value6() / weeks, changes.size(),
                            changes.isEmpty() ? null : changes.stream().mapToInt(Integer::intValue).average().orElseThrow());
                });
    }

    /** A partner's change: latest minus baseline, with two scores or more. */
    private static Optional<Integer> change(@Nullable Integer baseline, @Nullable Integer current, @Nullable Integer measures) {
        return baseline == null || current == null || measures == null || measures < 2 ? Optional.empty()
                : Optional.of(current - baseline);
    }

    /** A sum that is 0, not null, over no rows. */
    private static Field<Integer> total(Field<Integer> column) {
        return coalesce(sum(column), inline(BigDecimal.ZERO)).coerce(SQLDataType.INTEGER);
    }

    private List<PracticeReport.SkillMonth> skills(ReportFilter filter, EpisodeScope active) {
        EpisodeFact e = EPISODE_FACT.as("e");
        return dsl.select(month(), countDistinct(R.EXERCISE_ID), count(), avg(R.ONE_TOPIC), avg(R.I_STATEMENTS),
                        avg(R.ASKED_FOR_DIALOGUE), avg(R.MIRRORING), avg(R.SUMMARY), avg(R.VALIDATION), avg(R.EMPATHY))
                .from(R).join(e).on(e.EPISODE_ID.eq(R.EPISODE_ID))
                .where(R.RECORDED_ON.between(filter.from(), filter.to()))
                .and(active.on(EpisodeScope.Columns.of(e))).groupBy(month()).orderBy(month()).fetch(PracticeQueries::month);
    }

    /** One episode's dialogue-skill trend, month by month: every round of every dialogue, both partners. */
    List<PracticeReport.SkillMonth> skillsOf(UUID episodeId) {
        return dsl.select(month(), countDistinct(R.EXERCISE_ID), count(), avg(R.ONE_TOPIC), avg(R.I_STATEMENTS),
                        avg(R.ASKED_FOR_DIALOGUE), avg(R.MIRRORING), avg(R.SUMMARY), avg(R.VALIDATION), avg(R.EMPATHY))
                .from(R).where(R.EPISODE_ID.eq(episodeId)).groupBy(month()).orderBy(month()).fetch(PracticeQueries::month);
    }

    /**
     * One partner's dialogue-skill trend in an episode, month by month (ADR 0045): the sender's part from
     * the rounds the partner sent, the receiver's steps from the rounds the partner received.
     */
    List<PracticeReport.SkillMonth> skillsOf(UUID episodeId, UUID partnerId) {
        Condition sent = R.SENDER_ID.eq(partnerId);
        Condition received = R.RECEIVER_ID.eq(partnerId);
        return dsl.select(month(), countDistinct(R.EXERCISE_ID), count(), avg(when(sent, R.ONE_TOPIC)),
                        avg(when(sent, R.I_STATEMENTS)), avg(when(sent, R.ASKED_FOR_DIALOGUE)),
                        avg(when(received, R.MIRRORING)), avg(when(received, R.SUMMARY)),
                        avg(when(received, R.VALIDATION)), avg(when(received, R.EMPATHY)))
                .from(R).where(R.EPISODE_ID.eq(episodeId)).and(sent.or(received))
                .groupBy(month()).orderBy(month()).fetch(PracticeQueries::month);
    }

    private static final DialogueRound R = DIALOGUE_ROUND.as("r");

    private static Field<String> month() {
        return toChar(R.RECORDED_ON, inline("YYYY-MM"));
    }

    /** Month, dialogues, rounds, then the mean of each rated skill (null where none was rated). */
    private static PracticeReport.SkillMonth month(Record row) {
        return new PracticeReport.SkillMonth(row.get(0, String.class), row.get(1, Integer.class), row.get(2, Integer.class),
                mean(row, 3), mean(row, 4), mean(row, 5), mean(row, 6), mean(row, 7), mean(row, 8), mean(row, 9));
    }

    private static @Nullable Double mean(Record row, int index) {
        BigDecimal value = row.get(index, BigDecimal.class);
        return value == null ? null : value.doubleValue();
    }
}
