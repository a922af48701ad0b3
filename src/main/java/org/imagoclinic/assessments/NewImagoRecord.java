package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A record to keep, for the couple's open episode of care.
 *
 * @param partnerId the partner (person id) it belongs to; required for individual kinds, ignored by
 *        a behaviour change request, which belongs to the asking partner
 * @param appointmentId the session it was recorded in, if any (one of this couple's)
 * @param recordedOn the day; today when left out
 */
public record NewImagoRecord<T extends ImagoContent>(@Nullable UUID partnerId, @Nullable UUID appointmentId,
                                                     @Nullable LocalDate recordedOn, T content) {

    /** A record for today, not tied to a session. */
    public static <T extends ImagoContent> NewImagoRecord<T> of(@Nullable UUID partnerId, T content) {
        return new NewImagoRecord<>(partnerId, null, null, content);
    }
}
