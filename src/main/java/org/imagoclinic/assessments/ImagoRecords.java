package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Imago records a therapist keeps for a couple (profiles, wound explorations, dialogues,
 * behaviour change requests with follow-ups, positive traits, caring behaviours, appreciations,
 * the relationship vision, exits, temperature readings), each dated and tied to the couple's
 * episode of care. ADR 0014.
 *
 * <p>Who: the couple's care team, the supervisor of a therapist on it, and break-glass; every read
 * and write is checked by the care-team rule and audited; the front desk, administrators and other
 * therapists are refused ({@link org.imagoclinic.shared.ExplainedRefusal}).
 *
 * <p>Confidentiality: under the couple's "confidential individual sessions" policy, kinds that are
 * {@link ImagoRecordKind#privateToPartner() private to a partner} never appear on the joint record;
 * they are read on that partner's own record, and only by the care team and the supervisor (not
 * through break-glass).
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} with a message per field
 * ({@code content.requests[1].text}, {@code partnerId}, …); {@link org.imagoclinic.shared.ConflictException}
 * when the couple has no open episode; {@link org.imagoclinic.shared.NotFoundException} for an
 * unknown couple or record.
 */
public interface ImagoRecords {

    /**
     * Keeps a record; a {@link ImagoRecordKind#versioned() versioned} kind revises the current version
     * of the same partner (or couple), which is kept. Publishes {@link ExerciseRecorded}.
     */
    ImagoRecord record(UUID coupleId, NewImagoRecord<? extends ImagoContent> record);

    /** Every record of one kind, revisions included, newest first; private kinds as {@link #timeline} says. */
    List<ImagoRecord> list(UUID coupleId, ImagoRecordKind kind, @Nullable UUID partnerId);

    /**
     * The couple's records, newest first. With no partner: the joint record (under the confidential
     * policy without records private to a partner); with a partner: that partner's individual records
     * only.
     */
    List<ImagoRecord> timeline(UUID coupleId, @Nullable UUID partnerId);

    /** One record. */
    ImagoRecord get(UUID coupleId, UUID recordId);

    /**
     * Records a follow-up of a behaviour change request (the chosen request kept, partly kept or not).
     * Publishes {@link RequestFollowedUp}.
     */
    RequestFollowUp followUp(UUID coupleId, UUID requestId, NewFollowUp followUp);

    /** The follow-ups of one behaviour change request, oldest first. */
    List<RequestFollowUp> followUpsOf(UUID coupleId, UUID requestId);

    /**
     * The behaviour change requests of the signed-in clinician's couples (open episodes) whose follow-up
     * has fallen due by today under the request's schedule ({@link BehaviourChangeRequest#nextFollowUp}),
     * longest waiting first. Names, requests and days only.
     */
    List<FollowUpDue> followUpsDueForMe();
}
