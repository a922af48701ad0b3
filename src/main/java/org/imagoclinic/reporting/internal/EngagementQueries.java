package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.ReportFilter;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engagement figures from the session rows of the period, the facts of the episodes ended in it and
 * the waitlist entries.
 */
@Component
class EngagementQueries {

    /** Waitlist entries shaped like episode facts ({@code e}), so that {@link EpisodeScope} filters them. */
    private static final String WAITS = "(select w.entry_id, w.waitlisted_on, w.left_on, w.left_reason, "
            + "w.preferred_therapist_id primary_therapist_id, null::uuid co_therapist_id, c.concern_tags, c.life_stage "
            + "from reporting.waitlist_entry w left join reporting.couple c on c.couple_id = w.couple_id) e";

    private final DSLContext dsl;
    private final Clock clock;
    private final int dropOutThreshold;

    EngagementQueries(DSLContext dsl, Clock clock,
                      @Value("${imago.reporting.drop-out-before-sessions:6}") int dropOutThreshold) {
        this.dsl = dsl;
        this.clock = clock;
        this.dropOutThreshold = dropOutThreshold;
    }

    EngagementReport report(ReportFilter filter, EpisodeScope scope) {
        List<EngagementReport.Month> months = new ArrayList<>();
        int attended = 0;
        int missed = 0;
        int late = 0;
        int byClient = 0;
        int byClinic = 0;
        for (Record row : dsl.fetch("select to_char(s.starts_on, 'YYYY-MM'), "
                + "count(*) filter (where s.status = 'COMPLETED'), count(*) filter (where s.status = 'MISSED'), "
                + "count(*) filter (where s.status = 'CANCELLED' and s.cancelled_by = 'CLIENT' and s.late), "
                + "count(*) filter (where s.status = 'CANCELLED' and s.cancelled_by = 'CLIENT'), "
                + "count(*) filter (where s.status = 'CANCELLED' and s.cancelled_by = 'CLINIC') "
                + "from reporting.session s left join reporting.episode_fact e on e.episode_id = s.episode_id "
                + "where s.starts_on between ? and ? and " + scope.where() + " group by 1 order by 1",
                scope.bind(filter.from(), filter.to()))) {
            EngagementReport.Month month = new EngagementReport.Month(row.get(0, String.class), row.get(1, Integer.class),
                    row.get(2, Integer.class), row.get(3, Integer.class));
            months.add(month);
            attended += month.attended();
            missed += month.noShows();
            late += month.lateCancellations();
            byClient += row.get(4, Integer.class);
            byClinic += row.get(5, Integer.class);
        }
        int due = attended + missed + late;
        Record ended = dsl.fetchOne("select count(*), avg(e.sessions_attended)::float8, "
                + "count(*) filter (where e.ending = 'DROPPED_OUT' and e.sessions_attended < ?) "
                + "from reporting.episode_fact e where e.closed_on between ? and ? and " + scope.where(),
                scope.bind(dropOutThreshold, filter.from(), filter.to()));
        Record first = dsl.fetchOne("select count(*), avg(e.first_session_on - e.registered_on)::float8, "
                + "percentile_cont(0.5) within group (order by e.first_session_on - e.registered_on) "
                + "from reporting.episode_fact e where e.first_of_couple and e.registered_on is not null "
                + "and e.first_session_on between ? and ? and " + scope.where(), scope.bind(filter.from(), filter.to()));
        LocalDate today = LocalDate.now(clock);
        LocalDate last = filter.to().isAfter(today) ? today : filter.to();
        List<EngagementReport.Waiting> waitlist = dsl.fetch("select to_char(ends.d, 'YYYY-MM'), ends.d, count(e.entry_id) "
                + "from (select least((m + interval '1 month - 1 day')::date, ?::date) d "
                + "from generate_series(date_trunc('month', ?::timestamp), ?::timestamp, interval '1 month') m) ends "
                + "left join " + WAITS + " on e.waitlisted_on <= ends.d and (e.left_on is null or e.left_on > ends.d) and "
                + scope.where() + " group by 1, 2 order by 2", scope.bind(last, filter.from(), last))
                .map(row -> new EngagementReport.Waiting(row.get(0, String.class), row.get(1, LocalDate.class),
                        row.get(2, Integer.class)));
        int waitingNow = dsl.fetchOne("select count(*) from " + WAITS + " where e.left_on is null and " + scope.where(),
                scope.bind()).get(0, Integer.class);
        Record booked = dsl.fetchOne("select count(*), percentile_cont(0.5) within group (order by e.left_on - e.waitlisted_on) "
                + "from " + WAITS + " where e.left_reason = 'SLOT_BOOKED' and e.left_on between ? and ? and " + scope.where(),
                scope.bind(filter.from(), filter.to()));
        int endedCount = ended.get(0, Integer.class);
        int dropOuts = ended.get(2, Integer.class);
        return new EngagementReport(filter, LocalDate.now(clock), due, attended, missed, late, share(attended, due),
                share(missed, due), share(late, due), byClient, byClinic, endedCount, ended.get(1, Double.class),
                dropOutThreshold, dropOuts, share(dropOuts, endedCount), first.get(0, Integer.class),
                first.get(1, Double.class), first.get(2, Double.class), months, waitingNow, booked.get(0, Integer.class),
                booked.get(1, Double.class), waitlist);
    }

    static @Nullable Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
