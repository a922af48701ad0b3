package org.imagoclinic.assessments.internal.notes;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.internal.measures.MeasureScheduleListener;
import org.imagoclinic.scheduling.SessionCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a completed session makes due in this module: its note, for the lead therapist, and (through
 * the measure schedule) a review measure at every n-th joint session. One listener for both, so that
 * each completion costs one publication and one transaction here (ADR 0025); both duties are
 * idempotent, so a retry after a failure of either repeats the other harmlessly. Heard again
 * (delivery is at least once), it changes nothing: a session has at most one note and is counted once.
 */
@Component
class SessionCompletedListener {

    private static final Logger log = LoggerFactory.getLogger(SessionCompletedListener.class);

    private final NoteRepository notes;
    private final MeasureScheduleListener measureSchedule;
    private final Clock clock;

    SessionCompletedListener(NoteRepository notes, MeasureScheduleListener measureSchedule, Clock clock) {
        this.notes = notes;
        this.measureSchedule = measureSchedule;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SessionCompleted session) {
        noteDue(session);
        measureSchedule.sessionCompleted(session);
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
                null, null, List.of(), null);
        return notes.insert(due, clock.instant());
    }
}
