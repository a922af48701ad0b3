package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.SESSION;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.jooq.Field;
import org.jooq.Table;

/**
 * An episode's session figures as its facts keep them: sessions attended, missed and late-cancelled
 * by the couple, and the first attended one, aggregated over {@code session} rows. The listeners
 * compute them for one episode, the bulk path for many; both with these expressions.
 */
final class SessionCounts {

    static final Field<Integer> ATTENDED = count().filterWhere(SESSION.STATUS.eq(inline("COMPLETED"))).as("attended");
    static final Field<Integer> MISSED = count().filterWhere(SESSION.STATUS.eq(inline("MISSED"))).as("missed");
    static final Field<Integer> LATE = count().filterWhere(SESSION.STATUS.eq(inline("CANCELLED"))
            .and(SESSION.CANCELLED_BY.eq(inline("CLIENT"))).and(condition(SESSION.LATE))).as("late");
    static final Field<LocalDate> FIRST = min(SESSION.STARTS_ON).filterWhere(SESSION.STATUS.eq(inline("COMPLETED")))
            .as("first");

    /** The four aggregates, to select from {@code session}. */
    static final List<Field<?>> ALL = List.of(ATTENDED, MISSED, LATE, FIRST);

    private SessionCounts() {
    }

    /** The episode's columns set from a derived table {@code counted} that selected {@link #ALL}. */
    static Map<Field<?>, Field<?>> into(EpisodeFact episode, Table<?> counted) {
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        set.put(episode.SESSIONS_ATTENDED, counted.field(ATTENDED));
        set.put(episode.SESSIONS_MISSED, counted.field(MISSED));
        set.put(episode.LATE_CANCELLATIONS, counted.field(LATE));
        set.put(episode.FIRST_SESSION_ON, counted.field(FIRST));
        return set;
    }
}
