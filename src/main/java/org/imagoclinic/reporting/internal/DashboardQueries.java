package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.COUPLE_OUTCOME;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.SESSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import java.util.List;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.internal.db.tables.CoupleOutcome;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * The dashboard's one query: every episode active in the period with its partners' classes (the
 * outcomes report's expression) and its sessions in the period, so that every figure and the list
 * of couples behind it come from the same rows.
 */
@Component
class DashboardQueries {

    private final DSLContext dsl;

    DashboardQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<EpisodeLine> episodes(ReportFilter filter, EpisodeScope scope, Instrument instrument) {
        EpisodeFact e = EPISODE_FACT.as("e");
        CoupleOutcome c = COUPLE_OUTCOME.as("c");
        Table<?> due = select(SESSION.EPISODE_ID, SessionCounts.ATTENDED, SessionCounts.MISSED, SessionCounts.LATE)
                .from(SESSION).where(SESSION.STARTS_ON.between(filter.from(), filter.to()))
                .and(SESSION.EPISODE_ID.isNotNull()).groupBy(SESSION.EPISODE_ID).asTable("d");
        Field<String> tooFew = inline(EpisodeLine.TOO_FEW);
        return dsl.select(e.EPISODE_ID, e.COUPLE_ID, e.PRIMARY_THERAPIST_ID, e.OPENED_ON, e.CLOSED_ON, e.ENDING,
                        e.SESSIONS_ATTENDED,
                        coalesce(OutcomeQueries.partnerClass(c, true, instrument), tooFew),
                        coalesce(OutcomeQueries.partnerClass(c, false, instrument), tooFew),
                        coalesce(due.field(SessionCounts.ATTENDED), inline(0)),
                        coalesce(due.field(SessionCounts.MISSED), inline(0)),
                        coalesce(due.field(SessionCounts.LATE), inline(0)))
                .from(e)
                .leftJoin(c).on(c.EPISODE_ID.eq(e.EPISODE_ID)).and(c.INSTRUMENT_CODE.eq(filter.instrument()))
                .leftJoin(due).on(due.field(SESSION.EPISODE_ID).eq(e.EPISODE_ID))
                .where(scope.activeIn(filter).on(EpisodeScope.Columns.of(e)))
                .orderBy(e.OPENED_ON, e.EPISODE_ID)
                .fetch(row -> new EpisodeLine(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9(), row.value10(), row.value11(),
                        row.value12()));
    }
}
