package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.COUPLE_OUTCOME;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.MEASURE;
import static org.imagoclinic.reporting.internal.db.Tables.PARTNER_OUTCOME;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.arrayGet;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;

import java.util.UUID;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.imagoclinic.reporting.internal.db.tables.PartnerOutcome;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.SQLDataType;

/**
 * The outcome rows derived from the measures: each partner's baseline and current score per episode
 * and instrument ({@code partner_outcome}), and per episode both partners side by side with the
 * episode's filter columns ({@code couple_outcome}). One statement each, for one episode (the
 * listeners) or many (the bulk path), so that both compute the same rows.
 */
final class EpisodeOutcomes {

    /** Alias of the episode facts in {@link #coupleOutcomesFromPartners}'s condition. */
    static final EpisodeFact E = EPISODE_FACT.as("e");
    private static final PartnerOutcome P = PARTNER_OUTCOME.as("p");

    private EpisodeOutcomes() {
    }

    /** Rewrites one episode's couple-outcome rows from its facts and its partners' outcomes. */
    static void refresh(DSLContext db, UUID episodeId) {
        db.deleteFrom(COUPLE_OUTCOME).where(COUPLE_OUTCOME.EPISODE_ID.eq(episodeId)).execute();
        coupleOutcomesFromPartners(db, E.EPISODE_ID.eq(episodeId)).execute();
    }

    /** Each partner's baseline and current score per episode and instrument, from the measures {@code measures} selects. */
    static Query partnerOutcomesFromMeasures(DSLContext db, Condition measures) {
        var o = PARTNER_OUTCOME;
        var m = MEASURE;
        return db.insertInto(o, o.EPISODE_ID, o.PARTNER_ID, o.INSTRUMENT_CODE, o.COUPLE_ID, o.BASELINE_SCORE, o.BASELINE_ON,
                        o.CURRENT_SCORE, o.CURRENT_ON, o.MEASURES)
                .select(select(m.EPISODE_ID, m.PARTNER_ID, m.INSTRUMENT_CODE,
                        min(m.COUPLE_ID.cast(SQLDataType.CLOB)).cast(SQLDataType.UUID),
                        arrayGet(arrayAgg(m.SCORE).orderBy(m.ADMINISTERED_ON, m.ADMINISTRATION_ID), inline(1)),
                        min(m.ADMINISTERED_ON),
                        arrayGet(arrayAgg(m.SCORE).orderBy(m.ADMINISTERED_ON.desc(), m.ADMINISTRATION_ID.desc()), inline(1)),
                        max(m.ADMINISTERED_ON), count())
                        .from(m).where(measures).groupBy(m.EPISODE_ID, m.PARTNER_ID, m.INSTRUMENT_CODE))
                .onConflict(o.EPISODE_ID, o.PARTNER_ID, o.INSTRUMENT_CODE).doUpdate()
                .set(o.BASELINE_SCORE, excluded(o.BASELINE_SCORE))
                .set(o.BASELINE_ON, excluded(o.BASELINE_ON))
                .set(o.CURRENT_SCORE, excluded(o.CURRENT_SCORE))
                .set(o.CURRENT_ON, excluded(o.CURRENT_ON))
                .set(o.MEASURES, excluded(o.MEASURES));
    }

    /**
     * The couple-outcome rows of the episodes (alias {@link #E}) that {@code episodes} selects, from their
     * partners' outcomes; partner a is the lower partner id.
     */
    static Query coupleOutcomesFromPartners(DSLContext db, Condition episodes) {
        var c = COUPLE_OUTCOME;
        return db.insertInto(c, c.EPISODE_ID, c.INSTRUMENT_CODE, c.COUPLE_ID, c.OPENED_ON, c.CLOSED_ON,
                        c.PRIMARY_THERAPIST_ID, c.CO_THERAPIST_ID, c.LIFE_STAGE, c.CONCERN_TAGS, c.A_BASELINE, c.A_CURRENT,
                        c.A_MEASURES, c.B_BASELINE, c.B_CURRENT, c.B_MEASURES)
                .select(select(E.EPISODE_ID, P.INSTRUMENT_CODE, E.COUPLE_ID, E.OPENED_ON, E.CLOSED_ON,
                        E.PRIMARY_THERAPIST_ID, E.CO_THERAPIST_ID, E.LIFE_STAGE, E.CONCERN_TAGS,
                        partner(P.BASELINE_SCORE, 1), partner(P.CURRENT_SCORE, 1), partner(P.MEASURES, 1),
                        partner(P.BASELINE_SCORE, 2), partner(P.CURRENT_SCORE, 2), coalesce(partner(P.MEASURES, 2), inline(0)))
                        .from(E).join(P).on(P.EPISODE_ID.eq(E.EPISODE_ID))
                        .where(episodes).groupBy(E.EPISODE_ID, P.INSTRUMENT_CODE));
    }

    /** The value of the episode's first or second partner (by partner id). */
    private static Field<Integer> partner(Field<Integer> value, int which) {
        return arrayGet(arrayAgg(value).orderBy(P.PARTNER_ID), inline(which));
    }
}
