package org.imagoclinic.assessments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session note to write. A note always belongs to its session: joint or individual, the partner
 * and the day come from the session. For a session whose note is already due or in draft, writing
 * fills that note rather than starting another.
 *
 * @param appointmentId the completed session it is for; required (a request without it is refused
 *                      and writes nothing)
 */
public record NewSessionNote(@Nullable UUID appointmentId, NoteDraft draft) {
}
