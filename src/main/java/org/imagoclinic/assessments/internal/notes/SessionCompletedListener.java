package org.imagoclinic.assessments.internal.notes;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.scheduling.SessionCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A completed session makes a note due for its lead therapist. Heard again (delivery is at least
 * once), it changes nothing: a session has at most one note.
 */
@Component
class SessionCompletedListener {

    private static final Logger log = LoggerFactory.getLogger(SessionCompletedListener.class);

    private final NoteRepository notes;
    private final Clock clock;

    SessionCompletedListener(NoteRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SessionCompleted session) {
        noteDue(session);
    }

    /** Makes the note due; false when the session already had one or needs none. */
    boolean noteDue(SessionCompleted session) {
        if (session.coupleId() == null || session.episodeId() == null || session.therapistIds().isEmpty()) {
            log.info("No note due for session {}: no couple or episode of care", session.appointmentId());
            return false;
        }
        UUID partner = session.joint() || session.personIds().isEmpty() ? null : session.personIds().getFirst();
        SessionNote due = new SessionNote(UUID.randomUUID(), session.coupleId(), session.episodeId(),
                session.appointmentId(), partner, partner == null, session.start().atZone(clock.getZone()).toLocalDate(),
                session.therapistIds().getFirst(), "", NoteStatus.DUE, new NoteDraft(null, List.of(), null, null), null,
                null, null, List.of());
        return notes.insert(due, clock.instant());
    }
}
