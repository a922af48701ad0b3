package org.imagoclinic.assessments.internal.notes;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteHistoryEntry;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.NoteResubmitted;
import org.imagoclinic.assessments.NoteReturned;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.assessments.internal.imago.CoupleContext;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasAnyRole('" + Roles.FRONT_DESK + "', '" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '"
        + Roles.ADMIN + "')")
class SessionNoteService implements SessionNotes {

    static final String SUBJECT = "SessionNote";

    private final NoteRepository notes;
    private final CoupleContext context;
    private final ClinicalAccess access;
    private final Appointments appointments;
    private final StaffNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionNoteService(NoteRepository notes, CoupleContext context, ClinicalAccess access, Appointments appointments,
                       StaffNames names, ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.context = context;
        this.access = access;
        this.appointments = appointments;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SessionNote write(UUID coupleId, NewSessionNote input) {
        UUID id = UUID.randomUUID();
        access.require(RecordKind.SESSION_NOTE, coupleId, AuditAction.CREATE, SUBJECT, id);
        Couple couple = context.couple(coupleId);
        if (input == null || input.draft() == null) {
            throw new InvalidInputException("draft", "Send the note's draft: its content, interventions and plan "
                    + "(each may be empty while you write).");
        }
        NoteDraft draft = input.draft();
        requireFits(draft, "draft.");
        UUID me = context.myStaffId();
        if (input.appointmentId() == null) {
            throw new InvalidInputException("appointmentId", "Choose the completed session this note is for: "
                    + "a session note always belongs to its session.");
        }
        Appointment session = completedSessionOf(couple, input.appointmentId());
        var existing = notes.unsignedOfSession(coupleId, session.id());
        if (existing.isEmpty() && !notes.sessionHasNote(coupleId, session.id())) {
            UUID episode = session.episodeId() != null ? session.episodeId() : context.openEpisode(couple).id();
            UUID partner = session.kind().joint() ? null : session.partnerId();
            SessionNote note = new SessionNote(id, coupleId, episode, session.id(), partner, partner == null,
                    session.start().toLocalDate(), me, "", NoteStatus.DRAFT, draft, null, null, null, List.of(),
                    policyOf(couple));
            if (notes.insert(note, clock.instant())) {
                return named(reread(id), true);
            }
        }
        if (existing.isEmpty()) {
            // The session's completion made its note due between our first look and now: fill that one.
            existing = notes.unsignedOfSession(coupleId, session.id());
        }
        if (existing.isEmpty()) {
            throw new ConflictException("This session's note is signed: add an addendum to it instead.");
        }
        requireAuthor(existing.get(), "write");
        notes.saveDraft(existing.get().id(), draft, policyOf(couple).strictest(existing.get().writtenUnder()),
                clock.instant());
        return named(reread(existing.get().id()), true);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public SessionNote saveDraft(UUID noteId, NoteDraft draft) {
        SessionNote note = lockedNote(noteId, AuditAction.UPDATE);
        requireAuthor(note, "change");
        requireUnsigned(note);
        if (draft != null) {
            requireFits(draft, "");
        }
        notes.saveDraft(noteId, draft == null ? new NoteDraft(null, List.of(), null, null) : draft,
                policyOf(context.couple(note.coupleId())).strictest(note.writtenUnder()), clock.instant());
        return named(reread(noteId), true);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public SessionNote sign(UUID noteId) {
        SessionNote note = lockedNote(noteId, AuditAction.SIGN);
        requireAuthor(note, "sign");
        requireUnsigned(note);
        if (note.draft().content() == null || note.draft().content().isBlank()) {
            throw new InvalidInputException("content", "Write the note before you sign it.");
        }
        UUID supervisor = context.supervisorOf(note.authorId());
        Instant now = clock.instant();
        notes.sign(noteId, supervisor == null ? NoteStatus.SIGNED : NoteStatus.AWAITING_CO_SIGN, supervisor, now);
        events.publishEvent(new NoteSigned(noteId, note.coupleId(), note.episodeId(), note.appointmentId(), note.authorId(),
                note.joint(), now, supervisor));
        return named(reread(noteId), true);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public SessionNote addAddendum(UUID noteId, String text) {
        SessionNote note = lockedNote(noteId, AuditAction.UPDATE);
        requireAuthor(note, "add an addendum to");
        if (!note.status().signed()) {
            throw new ConflictException("This note is not signed yet: change the note itself.");
        }
        String addendum = required(text, "text", "Write the addendum.");
        InputLimits.requireText("text", addendum, InputLimits.TEXT);
        notes.addEvent(noteId, NoteHistoryEntry.Kind.ADDENDUM, addendum, note.authorId(), context.me().displayName(),
                clock.instant());
        if (note.status() == NoteStatus.RETURNED) {
            notes.changeStatus(noteId, NoteStatus.AWAITING_CO_SIGN, clock.instant());
            events.publishEvent(new NoteResubmitted(noteId, note.coupleId(), note.episodeId(), note.authorId(),
                    clock.instant()));
        }
        return named(reread(noteId), true);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public SessionNote coSign(UUID noteId, @Nullable String comment) {
        SessionNote note = lockedNote(noteId, AuditAction.SIGN);
        UUID me = requireCoSigner(note);
        InputLimits.requireText("comment", comment, InputLimits.TEXT);
        Instant now = clock.instant();
        notes.addEvent(noteId, NoteHistoryEntry.Kind.CO_SIGNED, comment == null || comment.isBlank() ? null : comment.trim(),
                me, context.me().displayName(), now);
        notes.changeStatus(noteId, NoteStatus.CO_SIGNED, now);
        events.publishEvent(new NoteCoSigned(noteId, note.coupleId(), note.episodeId(), note.authorId(), me, now));
        return named(reread(noteId), false);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public SessionNote returnToAuthor(UUID noteId, String comment) {
        SessionNote note = lockedNote(noteId, AuditAction.UPDATE);
        UUID me = requireCoSigner(note);
        String why = required(comment, "comment", "Say what the author should add or correct.");
        InputLimits.requireText("comment", why, InputLimits.TEXT);
        notes.addEvent(noteId, NoteHistoryEntry.Kind.RETURNED, why, me, context.me().displayName(), clock.instant());
        notes.changeStatus(noteId, NoteStatus.RETURNED, clock.instant());
        events.publishEvent(new NoteReturned(noteId, note.coupleId(), note.episodeId(), note.authorId(), me,
                clock.instant()));
        return named(reread(noteId), false);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public SessionNote get(UUID noteId, boolean withProcessNote) {
        SessionNote note = notes.find(noteId).orElseThrow(SessionNoteService::unknown);
        access.require(RecordKind.SESSION_NOTE, note.coupleId(), AuditAction.VIEW, SUBJECT, noteId);
        if (!note.joint() && ConfidentialityPolicy.keepsIndividualWorkPrivate(note.writtenUnder())
                && !context.onCareTeam(note.coupleId())) {
            throw new ExplainedRefusal("This couple keeps individual sessions confidential: only their care team "
                    + "reads the notes of an individual session.");
        }
        return named(note, withProcessNote);
    }

    @Override
    @Transactional
    public List<SessionNote> notesOf(UUID coupleId, @Nullable UUID partnerId, boolean withProcessNotes) {
        access.require(RecordKind.SESSION_NOTE, coupleId, AuditAction.VIEW, SUBJECT + "s",
                partnerId == null ? "joint record" : "individual record of " + partnerId);
        Couple couple = context.couple(coupleId);
        if (partnerId != null) {
            context.requirePartner(couple, partnerId, "partnerId");
        }
        boolean careTeam = context.onCareTeam(coupleId);
        // each note by the policy it was written under, not today's (ADR 0028)
        return notes.ofCouple(coupleId, partnerId).stream()
                .filter(note -> note.joint() || !ConfidentialityPolicy.keepsIndividualWorkPrivate(note.writtenUnder())
                        || (partnerId != null && careTeam))
                .map(note -> named(note, withProcessNotes))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public List<NoteInQueue> dueForMe() {
        // names and dates only, like the schedule: not audited per read (ADR 0008); opening a note is
        return notes.openOf(context.myStaffId()).stream().map(this::inQueue).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
    public List<NoteInQueue> coSignQueue() {
        return notes.awaitingCoSignBy(context.myStaffId()).stream().map(this::inQueue).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
    public int coSignQueueSize() {
        return notes.countAwaitingCoSignBy(context.myStaffId());
    }

    private NoteInQueue inQueue(SessionNote note) {
        return new NoteInQueue(note.id(), note.coupleId(), context.couple(note.coupleId()).displayName(), note.sessionOn(),
                note.joint(), names.of(note.authorId()), note.status());
    }

    private SessionNote lockedNote(UUID noteId, AuditAction action) {
        SessionNote note = notes.findForUpdate(noteId).orElseThrow(SessionNoteService::unknown);
        access.require(RecordKind.SESSION_NOTE, note.coupleId(), action, SUBJECT, noteId);
        return note;
    }

    private SessionNote reread(UUID noteId) {
        return notes.find(noteId).orElseThrow(SessionNoteService::unknown);
    }

    private void requireAuthor(SessionNote note, String what) {
        if (!note.authorId().equals(context.myStaffId())) {
            throw new ExplainedRefusal("Only the note's author, " + names.of(note.authorId()) + ", may " + what
                    + " this note.");
        }
    }

    private static void requireUnsigned(SessionNote note) {
        if (note.status().signed()) {
            throw new ConflictException("This note is signed and can no longer change: add a dated addendum instead.");
        }
    }

    /** The caller must be the author's supervisor, and the note must be waiting for them. */
    private UUID requireCoSigner(SessionNote note) {
        UUID me = context.myStaffId();
        boolean supervisor = me.equals(note.coSignerId()) || me.equals(context.supervisorOf(note.authorId()));
        if (!supervisor || !context.me().hasRole(Roles.SUPERVISOR)) {
            throw new ExplainedRefusal("Only the author's supervisor co-signs or returns this note.");
        }
        if (note.status() != NoteStatus.AWAITING_CO_SIGN) {
            throw new ConflictException(note.status() == NoteStatus.RETURNED
                    ? "This note is back with its author; it returns to you when they add an addendum."
                    : "This note is not waiting for a co-signature (" + note.status().label().toLowerCase() + ").");
        }
        return me;
    }

    private Appointment completedSessionOf(Couple couple, UUID appointmentId) {
        Appointment session;
        try {
            session = appointments.get(appointmentId);
        } catch (NotFoundException unknown) {
            throw new InvalidInputException("appointmentId", "There is no such session.");
        }
        if (!couple.id().equals(session.coupleId()) && !session.enrolledCoupleIds().contains(couple.id())) {
            throw new InvalidInputException("appointmentId", "This session is not one of this couple's.");
        }
        if (session.status() != AppointmentStatus.COMPLETED) {
            throw new ConflictException("A session note is written for a completed session; this one is "
                    + session.status().label().toLowerCase() + ".");
        }
        return session;
    }

    private SessionNote named(SessionNote note, boolean withProcessNote) {
        boolean mine = note.authorId().equals(context.me().staffId().orElse(null));
        NoteDraft draft = withProcessNote && mine ? note.draft()
                : new NoteDraft(note.draft().content(), note.draft().interventions(), note.draft().plan(), null);
        return new SessionNote(note.id(), note.coupleId(), note.episodeId(), note.appointmentId(), note.partnerId(),
                note.joint(), note.sessionOn(), note.authorId(), names.of(note.authorId()), note.status(), draft,
                note.signedAt(), note.coSignerId(), note.coSignedAt(), note.history(), note.writtenUnder());
    }

    private static ConfidentialityPolicy policyOf(Couple couple) {
        return couple.relationship().confidentialityPolicy();
    }

    /** A draft's parts within the shared sizes, named by their paths in the request body ({@code prefix}). */
    private static void requireFits(NoteDraft draft, String prefix) {
        Map<String, String> problems = new LinkedHashMap<>();
        InputLimits.checkText(problems, prefix + "content", draft.content(), InputLimits.TEXT);
        InputLimits.checkItems(problems, prefix + "interventions", draft.interventions(), InputLimits.ITEMS);
        InputLimits.checkText(problems, prefix + "plan", draft.plan(), InputLimits.TEXT);
        InputLimits.checkText(problems, prefix + "processNote", draft.processNote(), InputLimits.TEXT);
        InputLimits.refuseAny(problems);
    }

    private static String required(@Nullable String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        return text.trim();
    }

    private static NotFoundException unknown() {
        return new NotFoundException("There is no such session note.");
    }
}
