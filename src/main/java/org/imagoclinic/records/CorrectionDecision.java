package org.imagoclinic.records;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinician's decision on a partner's request to correct their record.
 *
 * @param outcome amend or decline
 * @param noteId for an amendment: the signed note it amends, a joint session's or the asking partner's
 *               own individual session's, written by the clinician deciding
 * @param text for an amendment, the addendum; for a refusal, the reason (the partner may then add a
 *             statement of disagreement as a new request)
 */
public record CorrectionDecision(@Nullable Outcome outcome, @Nullable UUID noteId, @Nullable String text) {

    public enum Outcome {
        AMENDED("Amended"),
        DECLINED("Declined");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
