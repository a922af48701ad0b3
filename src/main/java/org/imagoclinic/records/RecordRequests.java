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
 * has an open request of that kind.
 */
public interface RecordRequests {

    /** Records a request as received. */
    RecordRequest record(UUID coupleId, NewRecordRequest request);

    /** The couple's requests, newest first. */
    List<RecordRequest> ofCouple(UUID coupleId);

    /** Every open request of the clinic, the oldest (nearest its 30-day limit) first; administrators only. */
    List<RecordRequest> open();
}
