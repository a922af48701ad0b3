package org.imagoclinic.assessments.internal.notes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: session notes. A list is the joint record, or with {@code partnerId} that partner's
 * individual-session notes; process notes only with {@code includeProcessNotes=true}, and only the
 * caller's own.
 */
@Tag(name = "Session notes", description = "Notes written, signed and co-signed")
@RestController
class NotesController {

    private final SessionNotes notes;

    NotesController(SessionNotes notes) {
        this.notes = notes;
    }

    @Operation(operationId = "listNotes", summary = "List the couple's session notes")
    @GetMapping("/api/couples/{coupleId}/notes")
    List<SessionNote> list(@PathVariable UUID coupleId, @RequestParam(required = false) @Nullable UUID partnerId,
                           @RequestParam(defaultValue = "false") boolean includeProcessNotes) {
        return notes.notesOf(coupleId, partnerId, includeProcessNotes);
    }

    @Operation(operationId = "writeNote", summary = "Write a session note")
    @PostMapping("/api/couples/{coupleId}/notes")
    ResponseEntity<SessionNote> write(@PathVariable UUID coupleId, @RequestBody NewSessionNote note) {
        SessionNote written = notes.write(coupleId, note);
        return ResponseEntity.created(URI.create("/api/notes/" + written.id())).body(written);
    }

    @Operation(operationId = "getNote", summary = "Read a session note")
    @GetMapping("/api/notes/{noteId}")
    SessionNote get(@PathVariable UUID noteId, @RequestParam(defaultValue = "false") boolean includeProcessNote) {
        return notes.get(noteId, includeProcessNote);
    }

    @Operation(operationId = "saveNoteDraft", summary = "Save a draft session note")
    @PutMapping("/api/notes/{noteId}")
    SessionNote saveDraft(@PathVariable UUID noteId, @RequestBody NoteDraft draft) {
        return notes.saveDraft(noteId, draft);
    }

    @Operation(operationId = "signNote", summary = "Sign a session note")
    @PostMapping("/api/notes/{noteId}/sign")
    SessionNote sign(@PathVariable UUID noteId) {
        return notes.sign(noteId);
    }

    @Operation(operationId = "addAddendum", summary = "Add an addendum to a signed note")
    @PostMapping("/api/notes/{noteId}/addenda")
    SessionNote addendum(@PathVariable UUID noteId, @RequestBody TextBody body) {
        return notes.addAddendum(noteId, body.text());
    }

    @Operation(operationId = "coSignNote", summary = "Co-sign a note")
    @PostMapping("/api/notes/{noteId}/co-sign")
    SessionNote coSign(@PathVariable UUID noteId, @RequestBody(required = false) @Nullable TextBody body) {
        return notes.coSign(noteId, body == null ? null : body.text());
    }

    @Operation(operationId = "returnNote", summary = "Return a note to its author")
    @PostMapping("/api/notes/{noteId}/return")
    SessionNote returnToAuthor(@PathVariable UUID noteId, @RequestBody TextBody body) {
        return notes.returnToAuthor(noteId, body.text());
    }

    @Operation(operationId = "notesDue", summary = "List the sessions whose notes are due")
    @GetMapping("/api/notes/due")
    List<NoteInQueue> due() {
        return notes.dueForMe();
    }

    @Operation(operationId = "coSignQueue", summary = "List the notes awaiting one's co-signature")
    @GetMapping("/api/notes/co-sign-queue")
    List<NoteInQueue> coSignQueue() {
        return notes.coSignQueue();
    }

    /** A body with one text: an addendum, or the supervisor's comment. */
    record TextBody(@Nullable String text) {
    }
}
