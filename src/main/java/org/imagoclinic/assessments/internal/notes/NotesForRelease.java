package org.imagoclinic.assessments.internal.notes;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.SessionNote;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The session notes of a released copy (ADR 0040): signed notes of joint sessions, or of one
 * partner's own individual sessions; oldest first, with their authors' names and never a process note.
 */
@Component
public class NotesForRelease {

    private final NoteRepository notes;
    private final StaffNames names;

    NotesForRelease(NoteRepository notes, StaffNames names) {
        this.notes = notes;
        this.names = names;
    }

    /** Joint notes when {@code partnerId} is null, else that partner's individual-session notes. */
    public List<SessionNote> of(UUID coupleId, @Nullable UUID partnerId) {
        return notes.ofCouple(coupleId, partnerId).stream()
                .filter(note -> note.status().signed())
                .filter(note -> partnerId == null ? note.joint() : !note.joint() && partnerId.equals(note.partnerId()))
                .sorted(Comparator.comparing(SessionNote::sessionOn))
                .map(this::released)
                .toList();
    }

    private SessionNote released(SessionNote note) {
        NoteDraft draft = note.draft();
        return new SessionNote(note.id(), note.coupleId(), note.episodeId(), note.appointmentId(), note.partnerId(),
                note.joint(), note.sessionOn(), note.authorId(), names.of(note.authorId()), note.status(),
                new NoteDraft(draft.content(), draft.interventions(), draft.plan(), null), note.signedAt(),
                note.coSignerId(), note.coSignedAt(), note.history(), note.writtenUnder());
    }
}
