package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session note to write. For a session whose note is already due or in draft, writing fills that
 * note rather than starting another.
 *
 * @param appointmentId the completed session it is for, if any; joint/individual and the day then
 *        come from the session
 * @param partnerId the partner (person id) of an individual session; null for a joint session
 * @param sessionOn the day of the session; today when left out
 */
public record NewSessionNote(@Nullable UUID appointmentId, @Nullable UUID partnerId, @Nullable LocalDate sessionOn,
                             NoteDraft draft) {
}
