package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.COUPLE;
import static org.imagoclinic.reporting.internal.db.Tables.COUPLE_OUTCOME;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.TherapistAssigned;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The clients module's events in the read models: couples as registered, and episodes as opened,
 * reassigned and closed, with the couple's filter columns copied into the episode's rows.
 */
@Component
class ClientsProjector {

    private static final String[] NO_TAGS = {};

    void registered(CoupleRegistered e, DSLContext db) {
        String[] tags = e.concernTags().toArray(String[]::new);
        String stage = e.lifeStage() == null ? null : e.lifeStage().name();
        AdvisoryLocks.couple(db, e.coupleId());
        db.insertInto(COUPLE, COUPLE.COUPLE_ID, COUPLE.REGISTERED_ON, COUPLE.LIFE_STAGE, COUPLE.CONCERN_TAGS)
                .values(e.coupleId(), e.registeredOn(), stage, tags)
                .onConflict(COUPLE.COUPLE_ID).doUpdate()
                .set(COUPLE.REGISTERED_ON, excluded(COUPLE.REGISTERED_ON))
                .set(COUPLE.LIFE_STAGE, excluded(COUPLE.LIFE_STAGE))
                .set(COUPLE.CONCERN_TAGS, excluded(COUPLE.CONCERN_TAGS)).execute();
        db.update(EPISODE_FACT).set(EPISODE_FACT.REGISTERED_ON, e.registeredOn()).set(EPISODE_FACT.LIFE_STAGE, stage)
                .set(EPISODE_FACT.CONCERN_TAGS, tags).where(EPISODE_FACT.COUPLE_ID.eq(e.coupleId())).execute();
        db.update(COUPLE_OUTCOME).set(COUPLE_OUTCOME.LIFE_STAGE, stage).set(COUPLE_OUTCOME.CONCERN_TAGS, tags)
                .where(COUPLE_OUTCOME.COUPLE_ID.eq(e.coupleId())).execute();
    }

    void opened(EpisodeOpened e, DSLContext db) {
        lock(db, e.coupleId(), e.episodeId());
        ensureEpisode(db, e.episodeId(), e.coupleId(), e.openedOn());
        var f = EPISODE_FACT;
        db.update(f).set(f.OPENED_ON, e.openedOn())
                .set(f.PRIMARY_THERAPIST_ID, coalesce(f.PRIMARY_THERAPIST_ID, val(e.primaryTherapistId(), f.PRIMARY_THERAPIST_ID)))
                .set(f.CO_THERAPIST_ID, coalesce(f.CO_THERAPIST_ID, val(e.coTherapistId(), f.CO_THERAPIST_ID)))
                .where(f.EPISODE_ID.eq(e.episodeId())).execute();
        markFirstEpisode(db, e.coupleId());
        EpisodeOutcomes.refresh(db, e.episodeId());
    }

    void assigned(TherapistAssigned e, DSLContext db) {
        lock(db, e.coupleId(), e.episodeId());
        ensureEpisode(db, e.episodeId(), e.coupleId(), e.assignedOn());
        var f = EPISODE_FACT;
        db.update(f).set(f.PRIMARY_THERAPIST_ID, e.primaryTherapistId()).set(f.CO_THERAPIST_ID, e.coTherapistId())
                .where(f.EPISODE_ID.eq(e.episodeId())).and(f.CLOSED_ON.isNull()).execute();
        EpisodeOutcomes.refresh(db, e.episodeId());
    }

    void closed(EpisodeClosed e, DSLContext db) {
        lock(db, e.coupleId(), e.episodeId());
        ensureEpisode(db, e.episodeId(), e.coupleId(), e.openedOn());
        var f = EPISODE_FACT;
        db.update(f).set(f.OPENED_ON, e.openedOn()).set(f.CLOSED_ON, e.closedOn()).set(f.ENDING, e.ending().name())
                .set(f.PRIMARY_THERAPIST_ID, coalesce(val(e.primaryTherapistId(), f.PRIMARY_THERAPIST_ID), f.PRIMARY_THERAPIST_ID))
                .set(f.CO_THERAPIST_ID, e.coTherapistId())
                .where(f.EPISODE_ID.eq(e.episodeId())).execute();
        markFirstEpisode(db, e.coupleId());
        EpisodeOutcomes.refresh(db, e.episodeId());
    }

    /** Couple before episode, as every listener takes them. */
    private static void lock(DSLContext db, UUID coupleId, UUID episodeId) {
        AdvisoryLocks.couple(db, coupleId);
        AdvisoryLocks.episode(db, episodeId);
    }

    /** Creates the episode's row when its first event arrives, with the couple's intake facts if known. */
    private static void ensureEpisode(DSLContext db, UUID episodeId, UUID coupleId, LocalDate openedOn) {
        var f = EPISODE_FACT;
        var c = COUPLE.as("c");
        db.insertInto(f, f.EPISODE_ID, f.COUPLE_ID, f.OPENED_ON, f.REGISTERED_ON, f.LIFE_STAGE, f.CONCERN_TAGS)
                .select(select(val(episodeId), val(coupleId), val(openedOn), c.REGISTERED_ON, c.LIFE_STAGE,
                        coalesce(c.CONCERN_TAGS, val(NO_TAGS)))
                        .from(selectOne().asTable("one")).leftJoin(c).on(c.COUPLE_ID.eq(coupleId)))
                .onConflict(f.EPISODE_ID).doNothing().execute();
    }

    /** Whether each of the couple's episodes is its first. */
    private static void markFirstEpisode(DSLContext db, UUID coupleId) {
        EpisodeFact e = EPISODE_FACT.as("e");
        EpisodeFact o = EPISODE_FACT.as("o");
        db.update(e).set(e.FIRST_OF_COUPLE, field(e.OPENED_ON.eq(
                        select(min(o.OPENED_ON)).from(o).where(o.COUPLE_ID.eq(e.COUPLE_ID)))))
                .where(e.COUPLE_ID.eq(coupleId)).execute();
    }
}
