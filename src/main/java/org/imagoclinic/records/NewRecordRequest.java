package org.imagoclinic.records;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request as a partner made it.
 *
 * @param partnerId the partner (person id) who asked
 * @param receivedOn the day the clinic received it; today when left out. The 30 days run from it.
 * @param details how it came (letter, email, in person) and anything the partner said; optional
 */
public record NewRecordRequest(@Nullable RecordRequestKind kind, @Nullable UUID partnerId,
                               @Nullable LocalDate receivedOn, @Nullable String details) {
}
