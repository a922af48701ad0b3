package org.imagoclinic.assessments.internal.measures;

import static org.imagoclinic.assessments.internal.db.Tables.EPISODE_TRACKING;
import static org.imagoclinic.assessments.internal.db.Tables.MEASURE_DUE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.MeasureOccasion;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Episodes as the measure schedule knows them, the joint sessions counted in each, and the measures
 * that fell due. Every write is idempotent, because events arrive at least once.
 */
@Repository
class DueStore {

    /** A measure that fell due in an episode still open. */
    record DueRow(UUID id, UUID episodeId, UUID coupleId, MeasureOccasion occasion, int afterSessions, LocalDate dueFrom) {
    }

    private final DSLContext db;

    DueStore(DSLContext db) {
        this.db = db;
    }

    /** Starts following an episode; nothing happens if it is followed already. */
    void track(UUID episodeId, UUID coupleId, LocalDate openedOn) {
        db.insertInto(EPISODE_TRACKING)
                .set(EPISODE_TRACKING.EPISODE_ID, episodeId)
                .set(EPISODE_TRACKING.COUPLE_ID, coupleId)
                .set(EPISODE_TRACKING.OPENED_ON, openedOn)
                .onConflictDoNothing()
                .execute();
    }

    /** The couple's followed episode that has not closed, if any. */
    Optional<UUID> openEpisodeOf(UUID coupleId) {
        return db.select(EPISODE_TRACKING.EPISODE_ID).from(EPISODE_TRACKING)
                .where(EPISODE_TRACKING.COUPLE_ID.eq(coupleId).and(EPISODE_TRACKING.CLOSED_ON.isNull()))
                .orderBy(EPISODE_TRACKING.OPENED_ON.desc())
                .limit(1)
                .fetchOptional(EPISODE_TRACKING.EPISODE_ID);
    }

    void close(UUID episodeId, LocalDate closedOn) {
        db.update(EPISODE_TRACKING).set(EPISODE_TRACKING.CLOSED_ON, closedOn)
                .where(EPISODE_TRACKING.EPISODE_ID.eq(episodeId)).execute();
    }

    /** A session counted: the episode's new count of joint sessions, and the day of the latest of them. */
    record Count(int sessions, LocalDate latestDay) {
    }

    /**
     * Counts a completed joint session once; empty when this session was counted before. Runs inside
     * the caller's transaction and takes the episode's row lock first, so sessions counted at the same
     * time get distinct counts. The latest day is read in a statement of its own after the lock is
     * held: a statement's snapshot is taken when it starts, so a subquery in the locking statement
     * would miss a session that another transaction counted while this one waited for the lock, and
     * the review would be dated by the earlier session.
     */
    Optional<Count> countSession(UUID appointmentId, UUID episodeId, LocalDate day, Instant now) {
        db.select(EPISODE_TRACKING.EPISODE_ID).from(EPISODE_TRACKING)
                .where(EPISODE_TRACKING.EPISODE_ID.eq(episodeId)).forUpdate().fetch();
        int inserted = db.execute("""
                        insert into assessments.counted_session (appointment_id, episode_id, session_day, counted_at)
                        values (cast(? as uuid), cast(? as uuid), cast(? as date), cast(? as timestamptz))
                        on conflict do nothing""",
                appointmentId, episodeId, day, now.atOffset(ZoneOffset.UTC));
        if (inserted == 0) {
            return Optional.empty();
        }
        return db.resultQuery("""
                        update assessments.episode_tracking t set joint_sessions = t.joint_sessions + 1
                        where t.episode_id = cast(? as uuid)
                        returning t.joint_sessions, (select max(c.session_day)
                            from assessments.counted_session c where c.episode_id = t.episode_id)""",
                        episodeId)
                .fetchOptional(row -> new Count(row.get(0, Integer.class), row.get(1, LocalDate.class)));
    }

    /**
     * Starts following an episode with its baseline due, in one statement; each half does nothing if
     * it is there already (the episode may be followed already without its baseline, see
     * {@link #track}). Returns the baseline's id when it was made due now.
     */
    Optional<UUID> trackWithBaseline(UUID episodeId, UUID coupleId, LocalDate openedOn, Instant now) {
        UUID id = UUID.randomUUID();
        int added = db.execute("""
                        with tracked as (
                            insert into assessments.episode_tracking (episode_id, couple_id, opened_on)
                            values (cast(? as uuid), cast(? as uuid), cast(? as date))
                            on conflict do nothing)
                        insert into assessments.measure_due (id, episode_id, couple_id, occasion, after_sessions, due_from,
                            created_at)
                        values (cast(? as uuid), cast(? as uuid), cast(? as uuid), ?, 0, cast(? as date),
                            cast(? as timestamptz)) on conflict do nothing""",
                episodeId, coupleId, openedOn, id, episodeId, coupleId, MeasureOccasion.BASELINE.name(),
                openedOn, now.atOffset(ZoneOffset.UTC));
        return added == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * Makes a measure due; nothing happens if this occasion of the episode is due already. Returns the
     * new measure's id, empty when it was due already.
     */
    Optional<UUID> addDue(UUID episodeId, UUID coupleId, MeasureOccasion occasion, int afterSessions, LocalDate dueFrom,
                          Instant now) {
        UUID id = UUID.randomUUID();
        int added = db.insertInto(MEASURE_DUE)
                .set(MEASURE_DUE.ID, id)
                .set(MEASURE_DUE.EPISODE_ID, episodeId)
                .set(MEASURE_DUE.COUPLE_ID, coupleId)
                .set(MEASURE_DUE.OCCASION, occasion.name())
                .set(MEASURE_DUE.AFTER_SESSIONS, afterSessions)
                .set(MEASURE_DUE.DUE_FROM, dueFrom)
                .set(MEASURE_DUE.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        return added == 1 ? Optional.of(id) : Optional.empty();
    }

    /** The measures due in the couples' episodes that have not closed, oldest first. */
    List<DueRow> dueInOpenEpisodes(Collection<UUID> coupleIds) {
        return db.select(MEASURE_DUE.ID, MEASURE_DUE.EPISODE_ID, MEASURE_DUE.COUPLE_ID, MEASURE_DUE.OCCASION,
                        MEASURE_DUE.AFTER_SESSIONS, MEASURE_DUE.DUE_FROM)
                .from(MEASURE_DUE).join(EPISODE_TRACKING).on(EPISODE_TRACKING.EPISODE_ID.eq(MEASURE_DUE.EPISODE_ID))
                .where(MEASURE_DUE.COUPLE_ID.in(coupleIds).and(EPISODE_TRACKING.CLOSED_ON.isNull()))
                .orderBy(MEASURE_DUE.DUE_FROM, MEASURE_DUE.CREATED_AT)
                .fetch(row -> new DueRow(row.value1(), row.value2(), row.value3(), MeasureOccasion.valueOf(row.value4()),
                        row.value5(), row.value6()));
    }
}
