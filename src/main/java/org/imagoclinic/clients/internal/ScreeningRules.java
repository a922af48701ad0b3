package org.imagoclinic.clients.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagoclinic.clients.RecordedDecision;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningStatus;

/**
 * Where a couple stands with the suitability screen, worked out from every screen and decision:
 * <ul>
 *   <li>no screen: not screened;</li>
 *   <li>the newest flagged screen has no decision: screening review (joint work held);</li>
 *   <li>it has one, and no clean screen came after the decision: the decision's status;</li>
 *   <li>otherwise (only clean screens, or a clean screen after the decision): clear.</li>
 * </ul>
 * A clean screen does not end a pending review: only a clinician's decision does.
 */
final class ScreeningRules {

    /** The status, and the flags behind it (empty when clear or not screened). */
    record Outcome(ScreeningStatus status, Set<ScreeningFlag> flags) {
    }

    private ScreeningRules() {
    }

    static Outcome evaluate(List<Screen> screens, List<RecordedDecision> decisions) {
        if (screens.isEmpty()) {
            return new Outcome(ScreeningStatus.NOT_SCREENED, Set.of());
        }
        Comparator<Screen> byRecording = Comparator.comparing(Screen::recordedAt);
        Optional<Screen> flagged = screens.stream().filter(Screen::flagged).max(byRecording);
        if (flagged.isEmpty()) {
            return new Outcome(ScreeningStatus.CLEAR, Set.of());
        }
        Screen underReview = flagged.get();
        Optional<RecordedDecision> decision = decisions.stream()
                .filter(candidate -> candidate.screenId().equals(underReview.id()))
                .findFirst();
        if (decision.isEmpty()) {
            return new Outcome(ScreeningStatus.REVIEW_PENDING, underReview.currentFlags());
        }
        boolean cleanScreenSinceDecision = screens.stream()
                .anyMatch(screen -> !screen.flagged() && screen.recordedAt().isAfter(decision.get().recordedAt()));
        return cleanScreenSinceDecision ? new Outcome(ScreeningStatus.CLEAR, Set.of())
                : new Outcome(ScreeningStatus.after(decision.get().decision()), underReview.currentFlags());
    }
}
