package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Session notes: due when a session is completed (scheduling's {@code SessionCompleted}), written and
 * signed by their author, immutable once signed (changes are dated addenda), and for a supervisee
 * co-signed by their supervisor or returned with a comment. ADR 0014.
 *
 * <p>Who: the care-team rule as for {@link ImagoRecords}; only the author writes, signs and adds
 * addenda; only the author's current supervisor co-signs and returns. Under the "confidential
 * individual sessions" policy an individual session's note never appears on the joint record, and
 * only the care team and the supervisor read it. The process note is returned only to its author,
 * only when asked for.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} per field;
 * {@link org.imagoclinic.shared.ConflictException} when the note's state forbids the step (e.g.
 * changing a signed note); {@link org.imagoclinic.shared.ExplainedRefusal} when the person may not.
 */
public interface SessionNotes {

    /** Writes a note (or fills the one due for its session); not signed yet. */
    SessionNote write(UUID coupleId, NewSessionNote note);

    /** Replaces the draft of an unsigned note; the author only. */
    SessionNote saveDraft(UUID noteId, NoteDraft draft);

    /**
     * Signs the note: from now on it is immutable. A supervisee's note goes to their supervisor's
     * queue. Publishes {@link NoteSigned}.
     */
    SessionNote sign(UUID noteId);

    /** Adds a dated addendum to a signed note; a returned note goes back to the supervisor's queue. */
    SessionNote addAddendum(UUID noteId, String text);

    /** The supervisor co-signs, optionally with a comment. Publishes {@link NoteCoSigned}. */
    SessionNote coSign(UUID noteId, @Nullable String comment);

    /** The supervisor returns the note to its author with a comment. */
    SessionNote returnToAuthor(UUID noteId, String comment);

    /** One note. */
    SessionNote get(UUID noteId, boolean withProcessNote);

    /**
     * The couple's notes, newest first: with no partner the joint record, with a partner that
     * partner's individual-session notes.
     *
     * @param withProcessNotes include the process notes of the notes the caller wrote
     */
    List<SessionNote> notesOf(UUID coupleId, @Nullable UUID partnerId, boolean withProcessNotes);

    /** The signed-in therapist's notes still to write, sign or answer, oldest session first. */
    List<NoteInQueue> dueForMe();

    /** The notes waiting for the signed-in supervisor's co-signature, the longest-waiting (earliest signed) first. */
    List<NoteInQueue> coSignQueue();

    /** How many notes {@link #coSignQueue} holds, without reading them (for the menu's count). */
    int coSignQueueSize();
}
