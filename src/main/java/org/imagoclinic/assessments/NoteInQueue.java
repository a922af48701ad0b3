package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a therapist's "notes due" list or a supervisor's co-sign queue: which note, for whom,
 * no clinical content.
 *
 * @param coupleName e.g. "Smith &amp; Jones"
 */
public record NoteInQueue(UUID noteId, UUID coupleId, String coupleName, LocalDate sessionOn, boolean joint,
                          String authorName, NoteStatus status) {
}
