package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.COUPLE;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.SESSION;
import static org.imagoclinic.reporting.internal.db.Tables.SESSION_REMINDER;
import static org.imagoclinic.reporting.internal.db.Tables.WAITLIST_ENTRY;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.percentileCont;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.toChar;
import static org.jooq.impl.DSL.val;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.internal.db.tables.Couple;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.imagoclinic.reporting.internal.db.tables.Session;
import org.imagoclinic.reporting.internal.db.tables.WaitlistEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.imagoclinic.staff.Clinicians;
import org.springframework.stereotype.Component;

/**
 * Engagement figures from the session rows of the period, the facts of the episodes ended in it and
 * the waitlist entries.
 */
@Component
class EngagementQueries {

    /** Waitlist entries with the couple's filter columns (alias {@code e}), for {@link EpisodeScope} to filter. */
    private record Waits(Table<?> table, Field<UUID> entryId, Field<LocalDate> waitlistedOn, Field<LocalDate> leftOn,
                         Field<String> leftReason, EpisodeScope.Columns columns) {

        static Waits entries() {
            WaitlistEntry w = WAITLIST_ENTRY.as("w");
            Couple c = COUPLE.as("c");
            Field<UUID> preferred = w.PREFERRED_THERAPIST_ID.as("primary_therapist_id");
            Field<UUID> noCoTherapist = inline(null, SQLDataType.UUID).as("co_therapist_id");
            Table<?> e = select(w.ENTRY_ID, w.WAITLISTED_ON, w.LEFT_ON, w.LEFT_REASON, preferred, noCoTherapist,
                    c.CONCERN_TAGS, c.LIFE_STAGE).from(w).leftJoin(c).on(c.COUPLE_ID.eq(w.COUPLE_ID)).asTable("e");
            return new Waits(e, e.field(w.ENTRY_ID), e.field(w.WAITLISTED_ON), e.field(w.LEFT_ON), e.field(w.LEFT_REASON),
                    new EpisodeScope.Columns(e.field(preferred), e.field(noCoTherapist), e.field(c.CONCERN_TAGS),
                            e.field(c.LIFE_STAGE), null, null));
        }
    }

    private static final Waits WAITS = Waits.entries();

    private final DSLContext dsl;
    private final Clock clock;
    private final int dropOutThreshold;
    private final Clinicians clinicians;

    EngagementQueries(DSLContext dsl, Clock clock, Clinicians clinicians,
                      @Value("${imago.reporting.drop-out-before-sessions:6}") int dropOutThreshold) {
        this.dsl = dsl;
        this.clinicians = clinicians;
        this.clock = clock;
        this.dropOutThreshold = dropOutThreshold;
    }

    EngagementReport report(ReportFilter filter, EpisodeScope scope) {
        EpisodeFact e = EPISODE_FACT.as("e");
        Session s = SESSION.as("s");
        Condition inScope = scope.on(EpisodeScope.Columns.of(e));
        List<EngagementReport.Month> months = new ArrayList<>();
        int attended = 0;
        int missed = 0;
        int late = 0;
        int byClient = 0;
        int byClinic = 0;
        Field<String> month = toChar(s.STARTS_ON, inline("YYYY-MM"));
        Condition cancelledByClient = s.STATUS.eq(inline("CANCELLED")).and(s.CANCELLED_BY.eq(inline("CLIENT")));
        for (var row : dsl.select(month, count().filterWhere(s.STATUS.eq(inline("COMPLETED"))),
                        count().filterWhere(s.STATUS.eq(inline("MISSED"))), count().filterWhere(cancelledByClient.and(condition(s.LATE))),
                        count().filterWhere(cancelledByClient),
                        count().filterWhere(s.STATUS.eq(inline("CANCELLED")).and(s.CANCELLED_BY.eq(inline("CLINIC")))))
                .from(s).leftJoin(e).on(e.EPISODE_ID.eq(s.EPISODE_ID))
                .where(s.STARTS_ON.between(filter.from(), filter.to())).and(inScope).groupBy(month).orderBy(month).fetch()) {
            EngagementReport.Month m = new EngagementReport.Month(row.value1(), row.value2(), row.value3(), row.value4());
            months.add(m);
            attended += m.attended();
            missed += m.noShows();
            late += m.lateCancellations();
            byClient += row.value5();
            byClinic += row.value6();
        }
        int due = attended + missed + late;
        var ended = dsl.select(count(), avg(e.SESSIONS_ATTENDED).cast(SQLDataType.DOUBLE),
                        count().filterWhere(e.ENDING.eq(inline("DROPPED_OUT")).and(e.SESSIONS_ATTENDED.lt(dropOutThreshold))))
                .from(e).where(e.CLOSED_ON.between(filter.from(), filter.to())).and(inScope).fetchSingle();
        Field<Integer> daysToFirst = e.FIRST_SESSION_ON.minus(e.REGISTERED_ON).coerce(SQLDataType.INTEGER);
        Record first = dsl.select(count(), avg(daysToFirst).cast(SQLDataType.DOUBLE),
                        percentileCont(0.5).withinGroupOrderBy(daysToFirst))
                .from(e).where(condition(e.FIRST_OF_COUPLE)).and(e.REGISTERED_ON.isNotNull())
                .and(e.FIRST_SESSION_ON.between(filter.from(), filter.to())).and(inScope).fetchSingle();
        LocalDate today = LocalDate.now(clock);
        LocalDate last = filter.to().isAfter(today) ? today : filter.to();
        List<EngagementReport.Waiting> waitlist = waitingAtEachMonthsEnd(filter.from(), last, scope);
        Condition waitsInScope = scope.on(WAITS.columns());
        int waitingNow = dsl.selectCount().from(WAITS.table()).where(WAITS.leftOn().isNull()).and(waitsInScope)
                .fetchSingle().value1();
        Record booked = dsl.select(count(), percentileCont(0.5).withinGroupOrderBy(
                        WAITS.leftOn().minus(WAITS.waitlistedOn()).coerce(SQLDataType.INTEGER)))
                .from(WAITS.table()).where(WAITS.leftReason().eq(inline("SLOT_BOOKED")))
                .and(WAITS.leftOn().between(filter.from(), filter.to())).and(waitsInScope).fetchSingle();
        Field<Boolean> reminded = field(exists(selectOne().from(SESSION_REMINDER)
                .where(SESSION_REMINDER.APPOINTMENT_ID.eq(s.APPOINTMENT_ID)).and(SESSION_REMINDER.COUPLE_ID.eq(s.COUPLE_ID))));
        EngagementReport.ByReminder[] byReminder = {byReminder(0, 0, 0), byReminder(0, 0, 0)};
        for (var row : dsl.select(reminded, count().filterWhere(s.STATUS.eq(inline("COMPLETED"))),
                        count().filterWhere(s.STATUS.eq(inline("MISSED"))),
                        count().filterWhere(cancelledByClient.and(condition(s.LATE))))
                .from(s).leftJoin(e).on(e.EPISODE_ID.eq(s.EPISODE_ID))
                .where(s.STARTS_ON.between(filter.from(), filter.to())).and(inScope).groupBy(reminded).fetch()) {
            byReminder[Boolean.TRUE.equals(row.value1()) ? 0 : 1] = byReminder(row.value2(), row.value3(), row.value4());
        }
        List<EngagementReport.ByTherapist> byTherapist = new ArrayList<>();
        for (var row : dsl.select(e.PRIMARY_THERAPIST_ID, count().filterWhere(s.STATUS.eq(inline("COMPLETED"))),
                        count().filterWhere(s.STATUS.eq(inline("MISSED"))),
                        count().filterWhere(cancelledByClient.and(condition(s.LATE))))
                .from(s).leftJoin(e).on(e.EPISODE_ID.eq(s.EPISODE_ID))
                .where(s.STARTS_ON.between(filter.from(), filter.to())).and(inScope).groupBy(e.PRIMARY_THERAPIST_ID).fetch()) {
            int rowDue = row.value2() + row.value3() + row.value4();
            if (rowDue > 0) {
                byTherapist.add(new EngagementReport.ByTherapist(row.value1(), row.value1() == null
                        ? "No therapist on record" : clinicians.nameOf(row.value1()), rowDue, row.value2(), row.value3(),
                        row.value4(), share(row.value2(), rowDue), share(row.value3(), rowDue), share(row.value4(), rowDue)));
            }
        }
        byTherapist.sort(java.util.Comparator.comparing(EngagementReport.ByTherapist::name));
        int endedCount = ended.value1();
        int dropOuts = ended.value3();
        return new EngagementReport(filter, LocalDate.now(clock), due, attended, missed, late, share(attended, due),
                share(missed, due), share(late, due), byClient, byClinic, endedCount, ended.value2(),
                dropOutThreshold, dropOuts, share(dropOuts, endedCount), first.get(0, Integer.class),
                first.get(1, Double.class), first.get(2, Double.class), months, waitingNow, booked.get(0, Integer.class),
                booked.get(1, Double.class), waitlist, byReminder[0], byReminder[1], byTherapist, false);
    }

    private static EngagementReport.ByReminder byReminder(int attended, int noShows, int late) {
        int due = attended + noShows + late;
        return new EngagementReport.ByReminder(due, noShows, late, share(noShows, due), share(late, due));
    }

    /**
     * Couples waiting at the end of each month from {@code from}'s to {@code last}'s (the last point is
     * {@code last} itself). jOOQ has no series of dates, so the month ends are a template.
     */
    private List<EngagementReport.Waiting> waitingAtEachMonthsEnd(LocalDate from, LocalDate last, EpisodeScope scope) {
        Field<LocalDate> monthEnd = field("least((m + interval '1 month - 1 day')::date, {0})", SQLDataType.LOCALDATE,
                val(last)).as("d");
        Table<?> ends = select(monthEnd).from(table("generate_series(date_trunc('month', {0}), {1}, interval '1 month') m",
                val(from).cast(SQLDataType.LOCALDATETIME), val(last).cast(SQLDataType.LOCALDATETIME))).asTable("ends");
        Field<LocalDate> day = ends.field(monthEnd);
        return dsl.select(toChar(day, inline("YYYY-MM")), day, count(WAITS.entryId()))
                .from(ends).leftJoin(WAITS.table()).on(WAITS.waitlistedOn().le(day))
                .and(WAITS.leftOn().isNull().or(WAITS.leftOn().gt(day))).and(scope.on(WAITS.columns()))
                .groupBy(toChar(day, inline("YYYY-MM")), day).orderBy(day)
                .fetch(row -> new EngagementReport.Waiting(row.value1(), row.value2(), row.value3()));
    }

    static @Nullable Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
