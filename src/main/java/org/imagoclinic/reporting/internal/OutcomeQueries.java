package org.imagoclinic.reporting.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.CoupleOutcomeClass;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.OutcomeClass;
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

    /** Episode counts of one primary therapist (null key: none assigned). */
    record EpisodeCounts(int active, int started, int activeAtEnd, int ended) {
    }

    /** Couple classes of one primary therapist; the TOO_FEW and NO_NORMS keys count the unclassified. */
    record CoupleCounts(Map<String, Integer> counts) {
        int classified() {
            return counts.entrySet().stream().filter(e -> !e.getKey().equals("TOO_FEW") && !e.getKey().equals("NO_NORMS"))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        int improved() {
            return counts.getOrDefault(CoupleOutcomeClass.BOTH_IMPROVED.name(), 0)
                    + counts.getOrDefault(CoupleOutcomeClass.ONE_IMPROVED.name(), 0);
        }
    }

    private final DSLContext dsl;

    OutcomeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<@Nullable UUID, EpisodeCounts> episodes(ReportFilter filter, EpisodeScope scope) {
        EpisodeScope active = scope.activeIn(filter);
        Map<@Nullable UUID, EpisodeCounts> counts = new HashMap<>();
        for (Record row : dsl.fetch("select e.primary_therapist_id, count(*) total, "
                + "count(*) filter (where e.opened_on >= ?) started, "
                + "count(*) filter (where e.closed_on is null or e.closed_on > ?) active_at_end, "
                + "count(*) filter (where e.closed_on <= ?) ended "
                + "from reporting.episode_fact e where " + active.where() + " group by 1",
                active.bind(filter.from(), filter.to(), filter.to()))) {
            counts.put(row.get(0, UUID.class), new EpisodeCounts(row.get(1, Integer.class), row.get(2, Integer.class),
                    row.get(3, Integer.class), row.get(4, Integer.class)));
        }
        return counts;
    }

    Map<String, Integer> endings(ReportFilter filter, EpisodeScope scope) {
        Map<String, Integer> endings = new LinkedHashMap<>();
        for (Record row : dsl.fetch("select e.ending, count(*) from reporting.episode_fact e where e.closed_on between ? and ? and "
                + scope.where() + " group by 1 order by 1", scope.bind(filter.from(), filter.to()))) {
            endings.put(row.get(0, String.class), row.get(1, Integer.class));
        }
        return endings;
    }

    /** Partners with at least two measures, per primary therapist. */
    Map<@Nullable UUID, PartnerStats> partners(ReportFilter filter, EpisodeScope scope, Instrument instrument) {
        Map<@Nullable UUID, PartnerStats> stats = new HashMap<>();
        for (Record row : dsl.fetch(classified(scope.activeIn(filter), instrument) + " select t, cls, count(*), "
                + "sum(b), sum(c), sum(b::float8 * b), sum(c::float8 * c) from classified group by 1, 2",
                scope.activeIn(filter).bindThen(filter.instrument()))) {
            PartnerStats partner = stats.computeIfAbsent(row.get(0, UUID.class), id -> new PartnerStats());
            String cls = row.get(1, String.class);
            int count = row.get(2, Integer.class);
            if (cls.equals("NO_NORMS")) {
                partner.withoutNorms += count;
            } else {
                partner.classes.merge(OutcomeClass.valueOf(cls), count, Integer::sum);
            }
            partner.n += count;
            partner.sumBaseline += row.get(3, Double.class);
            partner.sumCurrent += row.get(4, Double.class);
            partner.sumBaselineSquared += row.get(5, Double.class);
            partner.sumCurrentSquared += row.get(6, Double.class);
        }
        return stats;
    }

    /** Couples seen as pairs, per primary therapist. */
    Map<@Nullable UUID, CoupleCounts> couples(ReportFilter filter, EpisodeScope scope, Instrument instrument) {
        EpisodeScope active = scope.activeIn(filter);
        Map<@Nullable UUID, CoupleCounts> counts = new HashMap<>();
        String sql = classified(active, instrument) + ", pairs as (select s.episode_id, s.t, count(p.cls) measured, "
                + "bool_or(p.cls = 'NO_NORMS') no_norms, count(*) filter (where p.cls = 'DETERIORATED') det, "
                + "count(*) filter (where p.cls in ('RECOVERED', 'IMPROVED')) imp "
                + "from scope s left join classified p on p.episode_id = s.episode_id group by 1, 2) "
                + "select t, case when measured < 2 then 'TOO_FEW' when no_norms then 'NO_NORMS' "
                + "when det > 0 then 'AT_LEAST_ONE_DETERIORATED' when imp = 2 then 'BOTH_IMPROVED' "
                + "when imp = 1 then 'ONE_IMPROVED' else 'NO_RELIABLE_CHANGE' end, count(*) from pairs group by 1, 2";
        for (Record row : dsl.fetch(sql, active.bindThen(filter.instrument()))) {
            counts.computeIfAbsent(row.get(0, UUID.class), id -> new CoupleCounts(new HashMap<>()))
                    .counts().merge(row.get(1, String.class), row.get(2, Integer.class), Integer::sum);
        }
        return counts;
    }

    /** One line of the per-couple list: an episode in scope and each partner's baseline and current score. */
    record CoupleLine(UUID coupleId, java.time.LocalDate openedOn, java.time.@Nullable LocalDate closedOn,
                      @Nullable String ending, int sessionsAttended, String scores) {
    }

    java.util.List<CoupleLine> perCouple(ReportFilter filter, EpisodeScope scope) {
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

    /**
     * The episodes in scope ({@code scope}) and their partners with two or more measures, each with
     * its class ({@code classified}); the class follows {@link ReliableChange#classify}. The numbers
     * written into the SQL are the instrument's own settings, never user input.
     */
    private static String classified(EpisodeScope active, Instrument instrument) {
        int sign = instrument.higherIsBetter() ? 1 : -1;
        String rc = instrument.norms() == null ? "null::float8"
                : "(" + sign + " * (o.current_score - o.baseline_score))::float8 / " + instrument.norms().standardErrorOfDifference();
        String recovered = instrument.clinicalCutoff() == null ? "false"
                : "(" + sign + " * o.baseline_score < " + sign + " * " + instrument.clinicalCutoff().toPlainString()
                + " and " + sign + " * o.current_score >= " + sign + " * " + instrument.clinicalCutoff().toPlainString() + ")";
        return "with scope as (select e.episode_id, e.primary_therapist_id t from reporting.episode_fact e where "
                + active.where() + "), classified as (select s.episode_id, s.t, o.baseline_score b, o.current_score c, "
                + "case when " + rc + " is null then 'NO_NORMS' "
                + "when " + rc + " > " + ReliableChange.THRESHOLD + " then case when " + recovered + " then 'RECOVERED' else 'IMPROVED' end "
                + "when " + rc + " < -" + ReliableChange.THRESHOLD + " then 'DETERIORATED' else 'NO_RELIABLE_CHANGE' end cls "
                + "from scope s join reporting.partner_outcome o on o.episode_id = s.episode_id "
                + "and o.instrument_code = ? and o.measures >= 2)";
    }

}
