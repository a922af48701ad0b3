package org.imagoclinic.portal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner's request to cancel or move one of their sessions, for the front desk to act on.
 *
 * @param sessionStart when the session was when they asked
 * @param late whether cancelling then fell inside the clinic's late-cancellation window
 * @param notice what the partner was shown about it, e.g. "Not a late cancellation: 6 days' notice, …"
 * @param note the partner's own words, possibly empty
 */
public record SessionRequest(UUID id, UUID coupleId, UUID personId, UUID appointmentId, Kind kind,
                             Instant sessionStart, boolean late, String notice, String note, Instant requestedAt,
                             @Nullable Instant handledAt, @Nullable String handledBy) {

    /** What the partner asks for. */
    public enum Kind {
        CANCEL("Cancel"), MOVE("Move to another time");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
