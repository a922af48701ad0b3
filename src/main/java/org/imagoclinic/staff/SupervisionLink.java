package org.imagoclinic.staff;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One period in which a supervisor supervised a therapist. A supervisee has at most one link on
 * any day; links are never deleted, so they make up the supervision history.
 *
 * @param startsOn the first day of the link
 * @param endsOn the first day it no longer holds (exclusive); null while it lasts
 */
public record SupervisionLink(UUID id, UUID superviseeId, String superviseeName, UUID supervisorId,
                              String supervisorName, LocalDate startsOn, @Nullable LocalDate endsOn) {

    /** Whether the link holds on the given day. */
    public boolean holdsOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }
}
