package org.imagoclinic.records;

import java.util.List;
import java.util.UUID;

/**
 * Partners' requests about their record (ADR 0040). Anyone who works at the clinic may record a
 * request and see a couple's requests: they say who asked for what and when, never what the record
 * holds. Recording is audited.
 *
 * <p>Refusals: {@link org.imagoclinic.shared.InvalidInputException} per field ({@code kind},
 * {@code partnerId}, {@code receivedOn}, {@code details}); {@link org.imagoclinic.shared.NotFoundException}
 * for an unknown couple; {@link org.imagoclinic.shared.ConflictException} when the same partner already
 * has an open request for a copy of that kind.
 */
public interface RecordRequests {

    /** Records a request as received. */
    RecordRequest record(UUID coupleId, NewRecordRequest request);

    /**
     * Records a clinician's decision on an open correction request, which closes it; audited. An
     * amendment adds a dated addendum to the signed note, beginning with the request it answers ("In
     * answer to the request for a correction received on …"); the note itself never changes.
     *
     * @throws org.imagoclinic.shared.ExplainedRefusal for anyone but a therapist or supervisor on the care
     *         team, and for a note someone else wrote (only its author adds an addendum)
     * @throws org.imagoclinic.shared.InvalidInputException per field ({@code outcome}, {@code noteId}, {@code text}),
     *         e.g. a note of the other partner's individual session
     * @throws org.imagoclinic.shared.ConflictException when the request is not an open correction request
     */
    RecordRequest decide(UUID requestId, CorrectionDecision decision);

    /** Whether the signed-in person may decide on the couple's correction requests; for showing the button. */
    boolean mayDecide(UUID coupleId);

    /** The couple's requests, newest first. */
    List<RecordRequest> ofCouple(UUID coupleId);

    /** Every open request of the clinic, the oldest (nearest its 30-day limit) first; administrators only. */
    List<RecordRequest> open();
}
