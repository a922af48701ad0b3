package org.imagoclinic.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner's request about their record, as recorded, and when it was fulfilled.
 *
 * @param coupleName e.g. "Smith &amp; Jones"
 * @param partnerName the name of the partner who asked
 * @param recordedBy the name of whoever recorded it
 * @param fulfilledOn the day the copy was produced or the correction decided; null while the request is open
 * @param fulfilledBy who produced or decided it; null while open
 * @param decision a correction's decision; null for a copy and while open
 * @param decisionReason why, in the clinician's words (for an amendment, the addendum's text)
 * @param amendedNoteId the signed note that got the addendum, for an amendment
 */
public record RecordRequest(UUID id, UUID coupleId, String coupleName, UUID partnerId, String partnerName,
                            RecordRequestKind kind, LocalDate receivedOn, @Nullable String details,
                            String recordedBy, Instant recordedAt, @Nullable LocalDate fulfilledOn,
                            @Nullable String fulfilledBy, CorrectionDecision.@Nullable Outcome decision,
                            @Nullable String decisionReason, @Nullable UUID amendedNoteId) {

    /** The days the clinic has to answer a request for a copy (HIPAA's right of access; GDPR's month). */
    public static final int DAYS_TO_ANSWER = 30;

    /** The last day to fulfil it: 30 days after it was received. */
    public LocalDate dueBy() {
        return receivedOn.plusDays(DAYS_TO_ANSWER);
    }

    public boolean open() {
        return fulfilledOn == null;
    }
}
