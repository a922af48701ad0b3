package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A measure the couple's partners should answer. It is taken once each partner has an
 * administration in the episode on or after {@code dueFrom}.
 *
 * @param coupleName e.g. "Smith &amp; Jones"
 * @param afterSessions for a review, after how many completed joint sessions; 0 otherwise
 * @param partnersMissing the names of the partners who have not answered yet
 */
public record MeasureDue(UUID id, UUID coupleId, String coupleName, UUID episodeId, MeasureOccasion occasion,
                         int afterSessions, LocalDate dueFrom, List<String> partnersMissing) {

    /** What is due, in plain words, e.g. "Review after 4 joint sessions". */
    public String description() {
        return occasion.describe(afterSessions);
    }
}
