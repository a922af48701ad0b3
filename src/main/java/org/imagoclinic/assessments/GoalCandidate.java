package org.imagoclinic.assessments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a course-plan goal can be drawn from, as a form offers it.
 *
 * @param recordId the Imago record (the current version of the vision or the exits, or the request)
 * @param item the statement's or exit's position in the record, from 0; null for a request
 * @param partnerName whose request or exit it is; null for the couple's vision
 */
public record GoalCandidate(GoalSource source, UUID recordId, @Nullable Integer item, String text,
                            @Nullable String partnerName) {

    /** "Relationship vision: We laugh together every day", for a list to choose from. */
    public String describe() {
        return source.label() + (partnerName == null ? "" : " (" + partnerName + ")") + ": " + text;
    }
}
