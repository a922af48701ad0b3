package org.imagoclinic.reporting.internal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.ReliableChange;
import org.imagoclinic.reporting.ReportFilter;
import org.jooq.DSLContext;
import org.jooq.Record;
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

    private final DSLContext dsl;

    OutcomeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<EpisodeCounts> episodes(ReportFilter filter, EpisodeScope scope) {
        EpisodeScope active = scope.activeIn(filter);
        return dsl.fetch("select e.primary_therapist_id, e.ending, count(*), count(*) filter (where e.opened_on >= ?), "
                        + "count(*) filter (where e.closed_on is null or e.closed_on > ?), "
                        + "count(*) filter (where e.closed_on <= ?) "
                        + "from reporting.episode_fact e where " + active.where() + " group by 1, 2",
                active.bind(filter.from(), filter.to(), filter.to()))
                .map(row -> new EpisodeCounts(row.get(0, UUID.class), row.get(1, String.class), row.get(2, Integer.class),
                        row.get(3, Integer.class), row.get(4, Integer.class), row.get(5, Integer.class)));
    }

    /** One scan of the period's couple outcomes, grouped by therapist and the two partners' classes. */
    List<OutcomeGroup> outcomes(ReportFilter filter, EpisodeScope scope, Instrument instrument) {
        EpisodeScope active = scope.activeIn(filter);
        return dsl.fetch(outcomesSql(active, instrument), active.bind(filter.instrument())).map(row -> new OutcomeGroup(row.get(0, UUID.class),
                row.get(1, String.class), row.get(2, String.class), row.get(3, Integer.class),
                doubles(row, 4), doubles(row, 8)));
    }

    /** The outcomes query; its binds are the instrument's code, then the scope's. */
    static String outcomesSql(EpisodeScope active, Instrument instrument) {
        return "select e.primary_therapist_id, " + classOf("a", instrument) + ", " + classOf("b", instrument)
                + ", count(*), " + sums("a") + ", " + sums("b") + " from reporting.couple_outcome e "
                + "where e.instrument_code = ? and " + active.where() + " group by 1, 2, 3";
    }

    private static double[] doubles(Record row, int from) {
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            Double value = row.get(from + i, Double.class);
            values[i] = value == null ? 0 : value;
        }
        return values;
    }

    private static String sums(String slot) {
        return "coalesce(sum(e." + slot + "_baseline), 0)::float8, coalesce(sum(e." + slot + "_current), 0)::float8, "
                + "coalesce(sum(e." + slot + "_baseline::float8 * e." + slot + "_baseline), 0), "
                + "coalesce(sum(e." + slot + "_current::float8 * e." + slot + "_current), 0)";
    }

    /**
     * A partner's class in SQL, as {@link ReliableChange#classify} gives it. The numbers written into
     * the SQL are the instrument's own settings from the catalogue, never user input.
     */
    private static String classOf(String slot, Instrument instrument) {
        int sign = instrument.higherIsBetter() ? 1 : -1;
        String baseline = "e." + slot + "_baseline";
        String current = "e." + slot + "_current";
        String rc = instrument.norms() == null ? "null::float8"
                : "(" + sign + " * (" + current + " - " + baseline + "))::float8 / " + instrument.norms().standardErrorOfDifference();
        String cutoff = instrument.clinicalCutoff() == null ? null : instrument.clinicalCutoff().toPlainString();
        String recovered = cutoff == null ? "false" : "(" + sign + " * " + baseline + " < " + sign + " * " + cutoff
                + " and " + sign + " * " + current + " >= " + sign + " * " + cutoff + ")";
        return "case when e." + slot + "_measures < 2 then 'TOO_FEW' when " + rc + " is null then 'NO_NORMS' "
                + "when " + rc + " > " + ReliableChange.THRESHOLD + " then case when " + recovered
                + " then 'RECOVERED' else 'IMPROVED' end "
                + "when " + rc + " < -" + ReliableChange.THRESHOLD + " then 'DETERIORATED' else 'NO_RELIABLE_CHANGE' end";
    }

    /** One line of the per-couple list: an episode in scope and each partner's baseline and current score. */
    record CoupleLine(UUID coupleId, java.time.LocalDate openedOn, java.time.@Nullable LocalDate closedOn,
                      @Nullable String ending, int sessionsAttended, String scores) {
    }

    List<CoupleLine> perCouple(ReportFilter filter, EpisodeScope scope) {
        EpisodeScope active = scope.activeIn(filter);
        return dsl.fetch("select e.couple_id, e.opened_on, e.closed_on, e.ending, e.sessions_attended, "
                + "coalesce(string_agg(o.baseline_score || ' -> ' || o.current_score || ' (' || o.measures || ' measures)', "
                + "'; ' order by o.partner_id), '') from reporting.episode_fact e left join reporting.partner_outcome o "
                + "on o.episode_id = e.episode_id and o.instrument_code = ? where " + active.where()
                + " group by e.episode_id order by e.opened_on, e.episode_id", active.bind(filter.instrument()))
                .map(row -> new CoupleLine(row.get(0, UUID.class), row.get(1, java.time.LocalDate.class),
                        row.get(2, java.time.LocalDate.class), row.get(3, String.class), row.get(4, Integer.class),
                        row.get(5, String.class)));
    }

}
