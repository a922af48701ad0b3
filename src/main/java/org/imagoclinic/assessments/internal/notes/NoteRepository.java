package org.imagoclinic.assessments.internal.notes;

import static org.imagoclinic.assessments.internal.db.Tables.NOTE_EVENT;
import static org.imagoclinic.assessments.internal.db.Tables.SESSION_NOTE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteHistoryEntry;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.assessments.internal.db.tables.records.SessionNoteRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Session notes, and their addenda, co-signatures and returns in order. */
@Repository
class NoteRepository {

    private final DSLContext db;

    NoteRepository(DSLContext db) {
        this.db = db;
    }

    /** A new note; false when the session already has one (SessionCompleted heard again). */
    boolean insert(SessionNote note, Instant now) {
        return db.insertInto(SESSION_NOTE)
                .set(SESSION_NOTE.ID, note.id())
                .set(SESSION_NOTE.COUPLE_ID, note.coupleId())
                .set(SESSION_NOTE.EPISODE_ID, note.episodeId())
                .set(SESSION_NOTE.APPOINTMENT_ID, note.appointmentId())
                .set(SESSION_NOTE.PARTNER_ID, note.partnerId())
                .set(SESSION_NOTE.JOINT, note.joint())
                .set(SESSION_NOTE.SESSION_ON, note.sessionOn())
                .set(SESSION_NOTE.AUTHOR_ID, note.authorId())
                .set(SESSION_NOTE.STATUS, note.status().name())
                .set(SESSION_NOTE.CONTENT, note.draft().content())
                .set(SESSION_NOTE.INTERVENTIONS, names(note.draft().interventions()))
                .set(SESSION_NOTE.PLAN, note.draft().plan())
                .set(SESSION_NOTE.PROCESS_NOTE, note.draft().processNote())
                .set(SESSION_NOTE.WRITTEN_UNDER, note.writtenUnder() == null ? null : note.writtenUnder().name())
                .set(SESSION_NOTE.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(SESSION_NOTE.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Saves the draft, written under {@code policy} (the caller passes the stricter of it and the note's). */
    void saveDraft(UUID id, NoteDraft draft, ConfidentialityPolicy policy, Instant now) {
        db.update(SESSION_NOTE)
                .set(SESSION_NOTE.STATUS, NoteStatus.DRAFT.name())
                .set(SESSION_NOTE.WRITTEN_UNDER, policy.name())
                .set(SESSION_NOTE.CONTENT, draft.content())
                .set(SESSION_NOTE.INTERVENTIONS, names(draft.interventions()))
                .set(SESSION_NOTE.PLAN, draft.plan())
                .set(SESSION_NOTE.PROCESS_NOTE, draft.processNote())
                .set(SESSION_NOTE.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(SESSION_NOTE.ID.eq(id))
                .execute();
    }

    void sign(UUID id, NoteStatus status, @Nullable UUID coSignerId, Instant now) {
        db.update(SESSION_NOTE)
                .set(SESSION_NOTE.STATUS, status.name())
                .set(SESSION_NOTE.SIGNED_AT, now.atOffset(ZoneOffset.UTC))
                .set(SESSION_NOTE.CO_SIGNER_ID, coSignerId)
                .set(SESSION_NOTE.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(SESSION_NOTE.ID.eq(id))
                .execute();
    }

    void changeStatus(UUID id, NoteStatus status, Instant now) {
        db.update(SESSION_NOTE)
                .set(SESSION_NOTE.STATUS, status.name())
                .set(SESSION_NOTE.CO_SIGNED_AT, status == NoteStatus.CO_SIGNED ? now.atOffset(ZoneOffset.UTC) : null)
                .set(SESSION_NOTE.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(SESSION_NOTE.ID.eq(id))
                .execute();
    }

    void addEvent(UUID noteId, NoteHistoryEntry.Kind kind, @Nullable String text, UUID byId, String byName, Instant at) {
        db.insertInto(NOTE_EVENT)
                .set(NOTE_EVENT.ID, UUID.randomUUID())
                .set(NOTE_EVENT.NOTE_ID, noteId)
                .set(NOTE_EVENT.KIND, kind.name())
                .set(NOTE_EVENT.TEXT, text)
                .set(NOTE_EVENT.BY_ID, byId)
                .set(NOTE_EVENT.BY_NAME, byName)
                .set(NOTE_EVENT.AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The note, locked for the change the caller is about to make. */
    Optional<SessionNote> findForUpdate(UUID id) {
        return db.selectFrom(SESSION_NOTE).where(SESSION_NOTE.ID.eq(id)).forUpdate().fetchOptional(this::toNote);
    }

    Optional<SessionNote> find(UUID id) {
        return db.selectFrom(SESSION_NOTE).where(SESSION_NOTE.ID.eq(id)).fetchOptional(this::toNote);
    }

    /** The unsigned note of a session, if there is one. */
    Optional<SessionNote> unsignedOfSession(UUID coupleId, UUID appointmentId) {
        return db.selectFrom(SESSION_NOTE)
                .where(SESSION_NOTE.COUPLE_ID.eq(coupleId), SESSION_NOTE.APPOINTMENT_ID.eq(appointmentId),
                        SESSION_NOTE.SIGNED_AT.isNull())
                .forUpdate()
                .fetchOptional(this::toNote);
    }

    boolean sessionHasNote(UUID coupleId, UUID appointmentId) {
        return db.fetchExists(SESSION_NOTE, SESSION_NOTE.COUPLE_ID.eq(coupleId), SESSION_NOTE.APPOINTMENT_ID.eq(appointmentId));
    }

    /** The couple's notes, newest session first; individual ones of one partner only when a partner is given. */
    List<SessionNote> ofCouple(UUID coupleId, @Nullable UUID partnerId) {
        Condition condition = SESSION_NOTE.COUPLE_ID.eq(coupleId);
        if (partnerId != null) {
            condition = condition.and(SESSION_NOTE.PARTNER_ID.eq(partnerId)).and(SESSION_NOTE.JOINT.isFalse());
        }
        return db.selectFrom(SESSION_NOTE).where(condition)
                .orderBy(SESSION_NOTE.SESSION_ON.desc(), SESSION_NOTE.CREATED_AT.desc())
                .fetch(this::toNote);
    }

    /**
     * The author's notes that still need them: due, draft or returned. The statuses are literals, as
     * in the partial index that serves this (and the co-sign queue): a bind value would have the
     * statement planned afresh on every call.
     */
    List<SessionNote> openOf(UUID authorId) {
        return db.selectFrom(SESSION_NOTE)
                .where(SESSION_NOTE.AUTHOR_ID.eq(authorId),
                        SESSION_NOTE.STATUS.in(DSL.inline(NoteStatus.DUE.name()), DSL.inline(NoteStatus.DRAFT.name()),
                                DSL.inline(NoteStatus.RETURNED.name())))
                .orderBy(SESSION_NOTE.SESSION_ON, SESSION_NOTE.CREATED_AT)
                .fetch(this::toNote);
    }

    /** Notes waiting for this supervisor's co-signature. */
    List<SessionNote> awaitingCoSignBy(UUID supervisorId) {
        return db.selectFrom(SESSION_NOTE)
                .where(SESSION_NOTE.CO_SIGNER_ID.eq(supervisorId),
                        SESSION_NOTE.STATUS.eq(DSL.inline(NoteStatus.AWAITING_CO_SIGN.name())))
                .orderBy(SESSION_NOTE.SIGNED_AT)
                .fetch(this::toNote);
    }

    /** How many notes wait for this supervisor's co-signature. */
    int countAwaitingCoSignBy(UUID supervisorId) {
        return db.fetchCount(SESSION_NOTE, SESSION_NOTE.CO_SIGNER_ID.eq(supervisorId),
                SESSION_NOTE.STATUS.eq(DSL.inline(NoteStatus.AWAITING_CO_SIGN.name())));
    }

    private SessionNote toNote(SessionNoteRecord row) {
        List<NoteHistoryEntry> history = db.selectFrom(NOTE_EVENT).where(NOTE_EVENT.NOTE_ID.eq(row.getId()))
                .orderBy(NOTE_EVENT.AT)
                .fetch(event -> new NoteHistoryEntry(NoteHistoryEntry.Kind.valueOf(event.getKind()), event.getText(),
                        event.getByName(), event.getAt().toInstant()));
        NoteDraft draft = new NoteDraft(row.getContent(),
                Arrays.stream(row.getInterventions()).map(ExerciseKind::valueOf).toList(), row.getPlan(),
                row.getProcessNote());
        return new SessionNote(row.getId(), row.getCoupleId(), row.getEpisodeId(), row.getAppointmentId(),
                row.getPartnerId(), row.getJoint(), row.getSessionOn(), row.getAuthorId(), "",
                NoteStatus.valueOf(row.getStatus()), draft,
                row.getSignedAt() == null ? null : row.getSignedAt().toInstant(), row.getCoSignerId(),
                row.getCoSignedAt() == null ? null : row.getCoSignedAt().toInstant(), history,
                row.getWrittenUnder() == null ? null : ConfidentialityPolicy.valueOf(row.getWrittenUnder()));
    }

    private static String[] names(List<ExerciseKind> kinds) {
        return kinds.stream().map(Enum::name).distinct().toArray(String[]::new);
    }
}
