package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.SESSION;
import static org.imagoclinic.reporting.internal.db.Tables.WAITLIST_ENTRY;
import static org.jooq.impl.DSL.choose;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The scheduling module's events in the read models: one row per session and couple whose state
 * never goes back (scheduled &lt; checked in &lt; completed, missed or cancelled) but for an undone
 * check-in, the episode's
 * session counts recomputed from them, and the waitlist's entries.
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

    void checkedIn(SessionCheckedIn e, DSLContext db) {
        if (e.coupleId() != null) {
            changed(db, new SessionState(e.appointmentId(), e.coupleId(), e.episodeId(), e.therapistIds(), e.kind(),
                    e.start(), "CHECKED_IN", null, false));
        }
    }

    /**
     * The one step back a session's state takes: an arrival recorded by mistake. Only a row still
     * checked in goes back; one that was completed, missed or cancelled since keeps its state.
     */
    void checkInUndone(SessionCheckInUndone e, DSLContext db) {
        if (e.coupleId() != null) {
            db.update(SESSION).set(SESSION.STATUS, inline("SCHEDULED"))
                    .where(SESSION.APPOINTMENT_ID.eq(e.appointmentId())).and(SESSION.COUPLE_ID.eq(e.coupleId()))
                    .and(SESSION.STATUS.eq(inline("CHECKED_IN"))).execute();
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
        if (session.episodeId() != null) {
            AdvisoryLocks.episode(db, session.episodeId());
        }
        upsert(db, session);
        if (session.episodeId() != null) {
            recomputeSessions(db, session.episodeId());
        }
    }

    /** A later state never goes back to an earlier one, whatever order the events come in. */
    private void upsert(DSLContext db, SessionState s) {
        UUID lead = s.therapists().isEmpty() ? null : s.therapists().getFirst();
        var t = SESSION;
        db.insertInto(t, t.APPOINTMENT_ID, t.COUPLE_ID, t.EPISODE_ID, t.THERAPIST_ID, t.KIND, t.JOINT, t.STARTS_ON, t.STATUS,
                        t.CANCELLED_BY, t.LATE)
                .values(s.appointmentId(), s.coupleId(), s.episodeId(), lead, s.kind().name(), s.kind().joint(),
                        day(s.start()), s.status(), s.cancelledBy(), s.late())
                .onConflict(t.APPOINTMENT_ID, t.COUPLE_ID).doUpdate()
                .set(t.STATUS, excluded(t.STATUS))
                .set(t.CANCELLED_BY, excluded(t.CANCELLED_BY))
                .set(t.LATE, excluded(t.LATE))
                .where(rank(t.STATUS).le(rank(excluded(t.STATUS)))).execute();
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
