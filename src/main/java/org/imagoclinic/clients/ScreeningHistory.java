package org.imagoclinic.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every screen and decision of a couple, newest first, and where that leaves them (clinical content).
 */
public record ScreeningHistory(UUID coupleId, ScreeningStatus status, List<Screen> screens,
                               List<RecordedDecision> decisions) {

    /** The flagged screen that waits for a decision, while the couple is in screening review. */
    public Optional<Screen> underReview() {
        if (status != ScreeningStatus.REVIEW_PENDING) {
            return Optional.empty();
        }
        return screens.stream().filter(Screen::flagged).findFirst();
    }

    /** The decision on a screen, if one was recorded. */
    public Optional<RecordedDecision> decisionOn(UUID screenId) {
        return decisions.stream().filter(decision -> decision.screenId().equals(screenId)).findFirst();
    }
}
