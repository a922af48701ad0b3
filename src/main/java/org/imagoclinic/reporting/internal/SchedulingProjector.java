package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.SESSION;
import static org.imagoclinic.reporting.internal.db.Tables.WAITLIST_ENTRY;
import static org.jooq.impl.DSL.choose;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.reporting.internal.db.tables.records.SessionRecord;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CoupleLeftWaitlist;
import org.imagoclinic.scheduling.CoupleWaitlisted;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckInUndone;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionRescheduled;
import org.imagoclinic.scheduling.SessionScheduled;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The scheduling module's events in the read models: one row per session and couple whose state
 * never goes back (scheduled &lt; checked in &lt; completed, missed or cancelled) but for an undone
 * check-in, which is decided by the times of the arrival and of its undoing rather than by the order
 * they are delivered in (ADR 0065), the episode's session counts recomputed from them, and the
 * waitlist's entries.
 */
@Component
class SchedulingProjector {

    /** A session as one of its events tells it. */
    private record SessionState(UUID appointmentId, UUID coupleId, @Nullable UUID episodeId, List<UUID> therapists,
                                AppointmentKind kind, Instant start, String status, @Nullable String cancelledBy,
                                boolean late) {
    }

    private final ZoneId zone;

    SchedulingProjector(Clock clock) {
        this.zone = clock.getZone();
    }

    /**
     * A scheduled session is one upsert: the episode's aggregates count only completed, missed and
     * cancelled sessions, which a scheduled one can neither add nor (by the rank) overwrite, so
     * there is nothing to recompute and no episode lock to take.
     */
    void scheduled(SessionScheduled e, DSLContext db) {
        if (e.coupleId() != null) {
            upsert(db, new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(),
                    e.start(), "SCHEDULED", null, false));
        }
    }

    void rescheduled(SessionRescheduled e, DSLContext db) {
        if (e.coupleId() == null) {
            return;
        }
        changed(db, new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(), e.start(),
                "SCHEDULED", null, false));
        db.update(SESSION).set(SESSION.STARTS_ON, day(e.start()))
                .where(SESSION.APPOINTMENT_ID.eq(e.appointmentId())).and(SESSION.COUPLE_ID.eq(e.coupleId())).execute();
        if (e.episodeId() != null) {
            recomputeSessions(db, e.episodeId());
        }
    }

    /** An arrival counts only when it is later than the latest undoing of one, whichever came first. */
    void checkedIn(SessionCheckedIn e, DSLContext db) {
        if (e.coupleId() != null) {
            SessionState session = new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(),
                    e.kind(), e.start(), "CHECKED_IN", null, false);
            changed(db, session, () -> arrived(db, session, e.checkedInAt()));
        }
    }

    /**
     * The one step back a session's state takes: an arrival recorded by mistake. A session still
     * checked in goes back unless it was checked in again after this undoing; one that was completed,
     * missed or cancelled keeps its state. Delivered before the arrival it undoes, it leaves its time
     * on a scheduled row, and that arrival then finds itself undone.
     */
    void checkInUndone(SessionCheckInUndone e, DSLContext db) {
        if (e.coupleId() != null) {
            var t = SESSION;
            Field<OffsetDateTime> undoneAt = excluded(t.CHECK_IN_UNDONE_AT);
            row(db, new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(), e.start(),
                    "SCHEDULED", null, false)).set(t.CHECK_IN_UNDONE_AT, utc(e.undoneAt()))
                    .onConflict(t.APPOINTMENT_ID, t.COUPLE_ID).doUpdate()
                    .set(t.CHECK_IN_UNDONE_AT, greatest(t.CHECK_IN_UNDONE_AT, undoneAt))
                    .set(t.STATUS, when(t.STATUS.eq(inline("CHECKED_IN"))
                            .and(t.CHECKED_IN_AT.isNull().or(t.CHECKED_IN_AT.le(undoneAt))), inline("SCHEDULED"))
                            .otherwise(t.STATUS)).execute();
        }
    }

    void completed(SessionCompleted e, DSLContext db) {
        if (e.coupleId() != null) {
            changed(db, new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(),
                    e.start(), "COMPLETED", null, false));
        }
    }

    void missed(SessionMissed e, DSLContext db) {
        if (e.coupleId() != null) {
            changed(db, new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(),
                    e.start(), "MISSED", null, false));
        }
    }

    void cancelled(SessionCancelled e, DSLContext db) {
        if (e.coupleId() != null) {
            changed(db, new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(),
                    e.start(), "CANCELLED", e.by().name(), e.late()));
        }
    }

    void waitlisted(CoupleWaitlisted e, DSLContext db) {
        var w = WAITLIST_ENTRY;
        db.insertInto(w, w.ENTRY_ID, w.COUPLE_ID, w.PREFERRED_THERAPIST_ID, w.PRIORITY, w.WAITLISTED_ON)
                .values(e.entryId(), e.coupleId(), e.preferredTherapistId(), e.priority().name(), e.waitlistedOn())
                .onConflict(w.ENTRY_ID).doUpdate()
                .set(w.COUPLE_ID, excluded(w.COUPLE_ID))
                .set(w.PREFERRED_THERAPIST_ID, excluded(w.PREFERRED_THERAPIST_ID))
                .set(w.PRIORITY, excluded(w.PRIORITY))
                .set(w.WAITLISTED_ON, excluded(w.WAITLISTED_ON)).execute();
    }

    /** Leaving may be delivered before joining: it carries the day they joined, and leaves the priority to that event. */
    void leftWaitlist(CoupleLeftWaitlist e, DSLContext db) {
        var w = WAITLIST_ENTRY;
        db.insertInto(w, w.ENTRY_ID, w.COUPLE_ID, w.PREFERRED_THERAPIST_ID, w.WAITLISTED_ON, w.LEFT_ON, w.LEFT_REASON)
                .values(e.entryId(), e.coupleId(), e.preferredTherapistId(), e.waitlistedOn(), e.leftOn(), e.reason().name())
                .onConflict(w.ENTRY_ID).doUpdate()
                .set(w.LEFT_ON, excluded(w.LEFT_ON))
                .set(w.LEFT_REASON, excluded(w.LEFT_REASON)).execute();
    }

    /** A session's state changed: its row, then (under the episode's lock) the episode's counts. */
    private void changed(DSLContext db, SessionState session) {
        changed(db, session, () -> upsert(db, session));
    }

    private void changed(DSLContext db, SessionState session, Runnable write) {
        if (session.episodeId() != null) {
            AdvisoryLocks.episode(db, session.episodeId());
        }
        write.run();
        if (session.episodeId() != null) {
            recomputeSessions(db, session.episodeId());
        }
    }

    /** A later state never goes back to an earlier one, whatever order the events come in. */
    private void upsert(DSLContext db, SessionState s) {
        var t = SESSION;
        row(db, s).onConflict(t.APPOINTMENT_ID, t.COUPLE_ID).doUpdate()
                .set(t.STATUS, excluded(t.STATUS))
                .set(t.CANCELLED_BY, excluded(t.CANCELLED_BY))
                .set(t.LATE, excluded(t.LATE))
                .where(rank(t.STATUS).le(rank(excluded(t.STATUS)))).execute();
    }

    /** Checked in, unless the row is past arrival or an undoing as late or later is already on it. */
    private void arrived(DSLContext db, SessionState s, Instant at) {
        var t = SESSION;
        Field<OffsetDateTime> checkedInAt = excluded(t.CHECKED_IN_AT);
        row(db, s).set(t.CHECKED_IN_AT, utc(at)).onConflict(t.APPOINTMENT_ID, t.COUPLE_ID).doUpdate()
                .set(t.CHECKED_IN_AT, greatest(t.CHECKED_IN_AT, checkedInAt))
                .set(t.STATUS, when(rank(t.STATUS).gt(inline(1)).or(checkedInAt.le(t.CHECK_IN_UNDONE_AT)), t.STATUS)
                        .otherwise(excluded(t.STATUS))).execute();
    }

    /** The row a session's event inserts when reporting has none yet. */
    private InsertSetMoreStep<SessionRecord> row(DSLContext db, SessionState s) {
        UUID lead = s.therapists().isEmpty() ? null : s.therapists().getFirst();
        var t = SESSION;
        return db.insertInto(t).set(t.APPOINTMENT_ID, s.appointmentId()).set(t.COUPLE_ID, s.coupleId())
                .set(t.EPISODE_ID, s.episodeId()).set(t.THERAPIST_ID, lead).set(t.KIND, s.kind().name())
                .set(t.JOINT, s.kind().joint()).set(t.STARTS_ON, day(s.start())).set(t.STATUS, s.status())
                .set(t.CANCELLED_BY, s.cancelledBy()).set(t.LATE, s.late());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Field<Integer> rank(Field<String> status) {
        return choose(status).when(inline("SCHEDULED"), inline(0)).when(inline("CHECKED_IN"), inline(1)).otherwise(inline(2));
    }

    /** The episode's attended, missed and late-cancelled sessions and its first attended one, from its session rows. */
    private static void recomputeSessions(DSLContext db, UUID episodeId) {
        Table<?> counted = select(SessionCounts.ALL).from(SESSION).where(SESSION.EPISODE_ID.eq(episodeId)).asTable("s");
        db.update(EPISODE_FACT).set(SessionCounts.into(EPISODE_FACT, counted))
                .from(counted).where(EPISODE_FACT.EPISODE_ID.eq(episodeId)).execute();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
