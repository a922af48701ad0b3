package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.COUPLE_OUTCOME;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.PARTNER_OUTCOME;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.listAgg;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.ReliableChange;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.internal.db.tables.CoupleOutcome;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.imagoclinic.reporting.internal.db.tables.PartnerOutcome;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The outcomes report's queries on the pre-aggregated episode facts and partner outcomes (ADR 0015):
 * a few grouped queries per request, never a scan of the measures.
 */
@Component
class OutcomeQueries {

    /** Episode counts of one primary therapist (null: none assigned) and one kind of ending (null: still open). */
    record EpisodeCounts(@Nullable UUID therapist, @Nullable String ending, int active, int started, int activeAtEnd,
                         int ended) {
    }

    /**
     * Couples of one primary therapist whose partners fell in classes {@code a} and {@code b}, with the
     * sums of each partner's baseline and current scores and of their squares. A class is an
     * {@link org.imagoclinic.assessments.OutcomeClass} name, TOO_FEW (fewer than two scores) or NO_NORMS.
     */
    record OutcomeGroup(@Nullable UUID therapist, String a, String b, int couples, double[] sumsA, double[] sumsB) {
    }

    /** One partner's columns in a couple outcome. */
    private record Slot(Field<Integer> baseline, Field<Integer> current, Field<Integer> measures) {
    }

    private static final EpisodeFact E = EPISODE_FACT.as("e");
    private static final CoupleOutcome C = COUPLE_OUTCOME.as("e");
    private static final Slot A = new Slot(C.A_BASELINE, C.A_CURRENT, C.A_MEASURES);
    private static final Slot B = new Slot(C.B_BASELINE, C.B_CURRENT, C.B_MEASURES);

    private final DSLContext dsl;

    OutcomeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<EpisodeCounts> episodes(ReportFilter filter, EpisodeScope scope) {
        Condition active = scope.activeIn(filter).on(EpisodeScope.Columns.of(E));
        return dsl.select(E.PRIMARY_THERAPIST_ID, E.ENDING, count(), count().filterWhere(E.OPENED_ON.ge(filter.from())),
                        count().filterWhere(E.CLOSED_ON.isNull().or(E.CLOSED_ON.gt(filter.to()))),
                        count().filterWhere(E.CLOSED_ON.le(filter.to())))
                .from(E).where(active).groupBy(E.PRIMARY_THERAPIST_ID, E.ENDING)
                .fetch(row -> new EpisodeCounts(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
    }

    /** One scan of the period's couple outcomes, grouped by therapist and the two partners' classes. */
    List<OutcomeGroup> outcomes(ReportFilter filter, EpisodeScope scope, Instrument instrument) {
        return outcomesQuery(dsl, filter, scope, instrument).fetch(row -> new OutcomeGroup(row.get(0, UUID.class),
                row.get(1, String.class), row.get(2, String.class), row.get(3, Integer.class),
                doubles(row, 4), doubles(row, 8)));
    }

    /** The outcomes query: one table, grouped by therapist and the partners' classes. */
    static ResultQuery<Record> outcomesQuery(DSLContext dsl, ReportFilter filter, EpisodeScope scope, Instrument instrument) {
        Field<String> classA = partnerClass(C, true, instrument);
        Field<String> classB = partnerClass(C, false, instrument);
        return dsl.select(C.PRIMARY_THERAPIST_ID, classA, classB, count())
                .select(sums(A)).select(sums(B))
                .from(C).where(C.INSTRUMENT_CODE.eq(filter.instrument()))
                .and(scope.activeIn(filter).on(EpisodeScope.Columns.of(C)))
                .groupBy(C.PRIMARY_THERAPIST_ID, classA, classB);
    }

    private static double[] doubles(Record row, int from) {
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            Double value = row.get(from + i, Double.class);
            values[i] = value == null ? 0 : value;
        }
        return values;
    }

    /**
     * The class of partner a ({@code first}) or b in the couple-outcome rows {@code c}, the same
     * expression the outcomes report groups by.
     */
    static Field<String> partnerClass(CoupleOutcome c, boolean first, Instrument instrument) {
        return classOf(first ? new Slot(c.A_BASELINE, c.A_CURRENT, c.A_MEASURES) : new Slot(c.B_BASELINE, c.B_CURRENT,
                c.B_MEASURES), instrument);
    }

    /** Sums of the partner's baseline and current scores and of their squares. */
    private static List<Field<?>> sums(Slot slot) {
        return List.of(coalesce(sum(slot.baseline()), inline(BigDecimal.ZERO)).cast(SQLDataType.DOUBLE),
                coalesce(sum(slot.current()), inline(BigDecimal.ZERO)).cast(SQLDataType.DOUBLE),
                coalesce(sum(slot.baseline().cast(SQLDataType.DOUBLE).mul(slot.baseline())), inline(BigDecimal.ZERO)),
                coalesce(sum(slot.current().cast(SQLDataType.DOUBLE).mul(slot.current())), inline(BigDecimal.ZERO)));
    }

    /**
     * A partner's class in SQL, as {@link ReliableChange#classify} gives it. The numbers written into
     * the SQL (inline, so that PostgreSQL folds the expression and groups by it) are the instrument's
     * own settings from the catalogue, never user input.
     */
    private static Field<String> classOf(Slot slot, Instrument instrument) {
        Field<Integer> sign = inline(instrument.higherIsBetter() ? 1 : -1);
        Field<Double> rc = instrument.norms() == null ? inline(null, SQLDataType.DOUBLE)
                : sign.mul(slot.current().minus(slot.baseline())).cast(SQLDataType.DOUBLE)
                .div(inline(instrument.norms().standardErrorOfDifference()));
        Condition recovered = falseCondition();
        if (instrument.clinicalCutoff() != null) {
            // compared as numeric (the cut-off may lie between two scores): coerce changes the Java type, not the SQL
            Field<BigDecimal> cutoff = sign.mul(inline(instrument.clinicalCutoff())).coerce(SQLDataType.NUMERIC);
            recovered = sign.mul(slot.baseline()).coerce(SQLDataType.NUMERIC).lt(cutoff)
                    .and(sign.mul(slot.current()).coerce(SQLDataType.NUMERIC).ge(cutoff));
        }
        return when(slot.measures().lt(inline(2)), inline("TOO_FEW"))
                .when(rc.isNull(), inline("NO_NORMS"))
                .when(rc.gt(inline(ReliableChange.THRESHOLD)),
                        when(recovered, inline("RECOVERED")).otherwise(inline("IMPROVED")))
                .when(rc.lt(inline(-ReliableChange.THRESHOLD)), inline("DETERIORATED"))
                .otherwise(inline("NO_RELIABLE_CHANGE"));
    }

    /** One line of the per-couple list: an episode in scope and each partner's baseline and current score. */
    record CoupleLine(UUID coupleId, LocalDate openedOn, @Nullable LocalDate closedOn, @Nullable String ending,
                      int sessionsAttended, String scores) {
    }

    List<CoupleLine> perCouple(ReportFilter filter, EpisodeScope scope) {
        PartnerOutcome o = PARTNER_OUTCOME.as("o");
        Field<String> scores = coalesce(listAgg(concat(o.BASELINE_SCORE, inline(" -> "), o.CURRENT_SCORE, inline(" ("),
                o.MEASURES, inline(" measures)")), "; ").withinGroupOrderBy(o.PARTNER_ID), inline(""));
        return dsl.select(E.COUPLE_ID, E.OPENED_ON, E.CLOSED_ON, E.ENDING, E.SESSIONS_ATTENDED, scores)
                .from(E).leftJoin(o).on(o.EPISODE_ID.eq(E.EPISODE_ID)).and(o.INSTRUMENT_CODE.eq(filter.instrument()))
                .where(scope.activeIn(filter).on(EpisodeScope.Columns.of(E)))
                .groupBy(E.EPISODE_ID).orderBy(E.OPENED_ON, E.EPISODE_ID)
                .fetch(row -> new CoupleLine(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
    }
}
