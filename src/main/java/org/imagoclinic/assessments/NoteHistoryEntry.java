package org.imagoclinic.assessments;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a signed note, dated: an addendum by the author, a co-signature or a return by
 * the supervisor.
 *
 * @param text the addendum or the supervisor's comment
 */
public record NoteHistoryEntry(Kind kind, @Nullable String text, String by, Instant at) {

    public enum Kind {
        ADDENDUM("Addendum"), CO_SIGNED("Co-signed"), RETURNED("Returned");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
