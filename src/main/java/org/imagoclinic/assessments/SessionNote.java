package org.imagoclinic.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A session note. Once signed it never changes: later changes are dated addenda in {@link #history()}.
 *
 * @param partnerId the partner of an individual session; null for a joint one
 * @param draft the content; its process note is present only for the author who asked for it
 * @param coSignerId the supervisor who must co-sign, when the author signed under supervision
 * @param history addenda, co-signature and returns, oldest first
 * @param writtenUnder the couple's confidentiality policy when the content was written (the stricter
 *                     one if the draft spans a change); null while nothing is written. It decides for
 *                     good whether an individual note may reach the joint record (ADR 0028).
 */
public record SessionNote(UUID id, UUID coupleId, UUID episodeId, @Nullable UUID appointmentId, @Nullable UUID partnerId,
                          boolean joint, LocalDate sessionOn, UUID authorId, String authorName, NoteStatus status,
                          NoteDraft draft, @Nullable Instant signedAt, @Nullable UUID coSignerId,
                          @Nullable Instant coSignedAt, List<NoteHistoryEntry> history,
                          @Nullable ConfidentialityPolicy writtenUnder) {
}
