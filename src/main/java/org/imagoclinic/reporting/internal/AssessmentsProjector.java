package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.DIALOGUE_ROUND;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.EXERCISE;
import static org.imagoclinic.reporting.internal.db.Tables.FOLLOW_UP;
import static org.imagoclinic.reporting.internal.db.Tables.MEASURE;
import static org.imagoclinic.reporting.internal.db.Tables.NOTE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteResubmitted;
import org.imagoclinic.assessments.NoteReturned;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.imagoclinic.reporting.internal.db.tables.Exercise;
import org.imagoclinic.reporting.internal.db.tables.FollowUp;
import org.imagoclinic.reporting.internal.db.tables.records.NoteRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record1;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The assessments module's events in the read models: measures (and from them the episode's
 * outcomes and last measure), Imago exercises (a dialogue's rounds with their ratings, ADR 0045) and
 * request follow-ups (and from them the episode's
 * dialogues and requests made, followed up and kept), and signed and co-signed notes.
 */
@Component
class AssessmentsProjector {

    private final ZoneId zone;

    AssessmentsProjector(Clock clock) {
        this.zone = clock.getZone();
    }

    void measured(MeasureCompleted e, DSLContext db) {
        AdvisoryLocks.couple(db, e.coupleId());
        if (e.episodeId() != null) {
            AdvisoryLocks.episode(db, e.episodeId());
        }
        var m = MEASURE;
        db.insertInto(m, m.ADMINISTRATION_ID, m.COUPLE_ID, m.PARTNER_ID, m.EPISODE_ID, m.INSTRUMENT_CODE, m.SCORE,
                        m.CLINICAL_RANGE, m.ADMINISTERED_ON)
                .values(e.administrationId(), e.coupleId(), e.partnerId(), e.episodeId(), e.instrumentCode(), e.score(),
                        e.clinicalRange(), e.administeredOn())
                .onConflictDoNothing().execute();
        if (e.episodeId() == null) {
            return;
        }
        EpisodeOutcomes.partnerOutcomesFromMeasures(db, m.EPISODE_ID.eq(e.episodeId()).and(m.PARTNER_ID.eq(e.partnerId()))
                .and(m.INSTRUMENT_CODE.eq(e.instrumentCode()))).execute();
        db.update(EPISODE_FACT).set(EPISODE_FACT.LAST_MEASURE_ON,
                        select(max(m.ADMINISTERED_ON)).from(m).where(m.EPISODE_ID.eq(e.episodeId())))
                .where(EPISODE_FACT.EPISODE_ID.eq(e.episodeId())).execute();
        EpisodeOutcomes.refresh(db, e.episodeId());
    }

    void exercised(ExerciseRecorded e, DSLContext db) {
        AdvisoryLocks.episode(db, e.episodeId());
        var x = EXERCISE;
        db.insertInto(x, x.EXERCISE_ID, x.KIND, x.COUPLE_ID, x.EPISODE_ID, x.RECORDED_ON)
                .values(e.exerciseId(), e.kind().name(), e.coupleId(), e.episodeId(), e.recordedOn())
                .onConflictDoNothing().execute();
        for (int i = 0; i < e.rounds().size(); i++) {
            DialogueRound round = e.rounds().get(i);
            round(db, e, i + 1, round.senderId(), round.receiverId(), round.senderRatings(), round.receiverRatings());
        }
        if (e.rounds().isEmpty() && e.ratings() != null) {
            // an event stored before dialogues had rounds: one round, its partners not named
            round(db, e, 1, null, null, SenderRatings.NONE, e.ratings());
        }
        recomputePractice(db, e.episodeId());
    }

    private static void round(DSLContext db, ExerciseRecorded e, int number, @Nullable UUID senderId,
                              @Nullable UUID receiverId, SenderRatings sender, ReceiverRatings receiver) {
        var r = DIALOGUE_ROUND;
        db.insertInto(r).set(r.EXERCISE_ID, e.exerciseId()).set(r.ROUND, number).set(r.COUPLE_ID, e.coupleId())
                .set(r.EPISODE_ID, e.episodeId()).set(r.RECORDED_ON, e.recordedOn())
                .set(r.SENDER_ID, senderId).set(r.RECEIVER_ID, receiverId)
                .set(r.ONE_TOPIC, sender.oneTopic()).set(r.I_STATEMENTS, sender.iStatements())
                .set(r.ASKED_FOR_DIALOGUE, sender.askedForDialogue())
                .set(r.MIRRORING, receiver.mirroring()).set(r.SUMMARY, receiver.summary())
                .set(r.VALIDATION, receiver.validation()).set(r.EMPATHY, receiver.empathy())
                .onConflictDoNothing().execute();
    }

    void followedUp(RequestFollowedUp e, DSLContext db) {
        AdvisoryLocks.episode(db, e.episodeId());
        var f = FOLLOW_UP;
        db.insertInto(f, f.FOLLOW_UP_ID, f.REQUEST_ID, f.COUPLE_ID, f.EPISODE_ID, f.OUTCOME, f.FOLLOWED_UP_ON)
                .values(e.followUpId(), e.requestId(), e.coupleId(), e.episodeId(), e.outcome().name(), e.followedUpOn())
                .onConflictDoNothing().execute();
        recomputePractice(db, e.episodeId());
    }

    void signed(NoteSigned e, DSLContext db) {
        var n = NOTE;
        db.insertInto(n, n.NOTE_ID, n.COUPLE_ID, n.EPISODE_ID, n.AUTHOR_ID, n.SIGNED_ON, n.CO_SIGNER_ID)
                .values(e.noteId(), e.coupleId(), e.episodeId(), e.authorId(), day(e.signedAt()), e.coSignerId())
                .onConflict(n.NOTE_ID).doUpdate()
                .set(n.SIGNED_ON, excluded(n.SIGNED_ON))
                .set(n.CO_SIGNER_ID, excluded(n.CO_SIGNER_ID)).execute();
    }

    void coSigned(NoteCoSigned e, DSLContext db) {
        LocalDate on = day(e.coSignedAt());
        var n = NOTE;
        db.insertInto(n, n.NOTE_ID, n.COUPLE_ID, n.EPISODE_ID, n.AUTHOR_ID, n.SIGNED_ON, n.CO_SIGNER_ID, n.CO_SIGNED_ON)
                .values(e.noteId(), e.coupleId(), e.episodeId(), e.authorId(), on, e.supervisorId(), on)
                .onConflict(n.NOTE_ID).doUpdate()
                .set(n.CO_SIGNER_ID, excluded(n.CO_SIGNER_ID))
                .set(n.CO_SIGNED_ON, excluded(n.CO_SIGNED_ON)).execute();
    }

    /**
     * A note returned to its author waits for them, not for the supervisor, until they add an addendum; the
     * practice report counts as awaiting co-signature only the notes in a supervisor's queue. Whether a note
     * is back with its author is decided by the times of its latest return and latest resubmission, not by
     * the order the two events are delivered in (ADR 0065); either may come before the note's signature, and
     * leaves the note's row for it to complete, as a co-signature does.
     */
    void returned(NoteReturned e, DSLContext db) {
        var n = NOTE;
        Field<OffsetDateTime> returnedAt = excluded(n.RETURNED_AT);
        noteRow(db, e.noteId(), e.coupleId(), e.episodeId(), e.authorId(), e.returnedAt()).set(n.CO_SIGNER_ID, e.supervisorId())
                .set(n.RETURNED_AT, utc(e.returnedAt())).set(n.RETURNED, true)
                .onConflict(n.NOTE_ID).doUpdate()
                .set(n.RETURNED_AT, greatest(n.RETURNED_AT, returnedAt))
                .set(n.RETURNED, when(returnedAt.le(n.RESUBMITTED_AT), n.RETURNED).otherwise(inline(true))).execute();
    }

    void resubmitted(NoteResubmitted e, DSLContext db) {
        var n = NOTE;
        Field<OffsetDateTime> resubmittedAt = excluded(n.RESUBMITTED_AT);
        noteRow(db, e.noteId(), e.coupleId(), e.episodeId(), e.authorId(), e.resubmittedAt())
                .set(n.RESUBMITTED_AT, utc(e.resubmittedAt())).set(n.RETURNED, false)
                .onConflict(n.NOTE_ID).doUpdate()
                .set(n.RESUBMITTED_AT, greatest(n.RESUBMITTED_AT, resubmittedAt))
                .set(n.RETURNED, when(n.RETURNED_AT.gt(resubmittedAt), n.RETURNED).otherwise(inline(false))).execute();
    }

    /** A note's row as an event after its signature inserts it, dated that event's day until the signature comes. */
    private InsertSetMoreStep<NoteRecord> noteRow(DSLContext db, UUID noteId, UUID coupleId, UUID episodeId, UUID authorId,
                                                  Instant at) {
        var n = NOTE;
        return db.insertInto(n).set(n.NOTE_ID, noteId).set(n.COUPLE_ID, coupleId).set(n.EPISODE_ID, episodeId)
                .set(n.AUTHOR_ID, authorId).set(n.SIGNED_ON, day(at));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Dialogues and requests made; a request counts as kept when its latest follow-up says so. */
    private static void recomputePractice(DSLContext db, UUID episodeId) {
        EpisodeFact e = EPISODE_FACT.as("e");
        Exercise x = EXERCISE.as("x");
        FollowUp f = FOLLOW_UP.as("f");
        Table<Record1<String>> latest = selectDistinct(f.OUTCOME).on(f.REQUEST_ID).from(f)
                .where(f.EPISODE_ID.eq(e.EPISODE_ID))
                .orderBy(f.REQUEST_ID, f.FOLLOWED_UP_ON.desc(), f.FOLLOW_UP_ID.desc()).asTable("l");
        db.update(e)
                .set(e.DIALOGUES, selectCount().from(x).where(x.EPISODE_ID.eq(e.EPISODE_ID))
                        .and(x.KIND.eq(any(PracticeQueries.DIALOGUES))))
                .set(e.REQUESTS_MADE, selectCount().from(x).where(x.EPISODE_ID.eq(e.EPISODE_ID))
                        .and(x.KIND.eq(inline(ExerciseKind.BEHAVIOUR_CHANGE_REQUEST.name()))))
                .set(e.REQUESTS_FOLLOWED_UP, select(countDistinct(f.REQUEST_ID)).from(f).where(f.EPISODE_ID.eq(e.EPISODE_ID)))
                .set(e.REQUESTS_KEPT, selectCount().from(latest).where(latest.field(f.OUTCOME).eq(inline("KEPT"))))
                .where(e.EPISODE_ID.eq(episodeId)).execute();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
