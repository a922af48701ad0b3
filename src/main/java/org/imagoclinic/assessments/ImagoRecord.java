package org.imagoclinic.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.jspecify.annotations.Nullable;

/**
 * One Imago record as stored: who and when, and what it says.
 *
 * @param partnerId the partner (person id) an individual record belongs to; null for a joint record
 * @param appointmentId the session it was recorded in, if any
 * @param authorId the staff id of the therapist who recorded it
 * @param supersedes the earlier version this one revises, if it is a revision
 * @param current false once a later revision replaced it (the record is kept as it was)
 * @param writtenUnder the couple's confidentiality policy when it was recorded; it decides for good
 *                     whether a partner's private record may reach the joint record (ADR 0028)
 */
public record ImagoRecord(UUID id, ImagoRecordKind kind, UUID coupleId, UUID episodeId, @Nullable UUID partnerId,
                          @Nullable UUID appointmentId, LocalDate recordedOn, UUID authorId, String authorName,
                          Instant recordedAt, @Nullable UUID supersedes, boolean current, ImagoContent content,
                          ConfidentialityPolicy writtenUnder) {

    /** The content as the type its kind stores, e.g. {@code as(ImagoProfile.class)}. */
    public <T extends ImagoContent> T as(Class<T> type) {
        return type.cast(content);
    }
}
