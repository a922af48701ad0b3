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

/** Engagement figures from the session rows of the period and the facts of the episodes ended in it. */
@Component
class EngagementQueries {

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
        int endedCount = ended.get(0, Integer.class);
        int dropOuts = ended.get(2, Integer.class);
        return new EngagementReport(filter, LocalDate.now(clock), due, attended, missed, late, share(attended, due),
                share(missed, due), share(late, due), byClient, byClinic, endedCount, ended.get(1, Double.class),
                dropOutThreshold, dropOuts, share(dropOuts, endedCount), first.get(0, Integer.class),
                first.get(1, Double.class), first.get(2, Double.class), months);
    }

    static @Nullable Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
