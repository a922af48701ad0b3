package org.imagoclinic.clients.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.RecordedDecision;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningStatus;

/**
 * Where a couple stands with the suitability screen, worked out from every screen and decision:
 * <ul>
 *   <li>the newest flagged screen has no decision: screening review (joint work held);</li>
 *   <li>it has one, and no clean screen came after the decision: the decision's status;</li>
 *   <li>otherwise (only clean screens, or the same partner's clean screen after the decision): clear;</li>
 *   <li>clear or approved, but a partner has no screen yet: not (or partly) screened, which holds joint work.</li>
 * </ul>
 * A clean screen does not end a pending review: only a clinician's decision does.
 */
final class ScreeningRules {

    /** The status, and the flags behind it (empty when clear or not screened). */
    record Outcome(ScreeningStatus status, Set<ScreeningFlag> flags) {
    }

    private ScreeningRules() {
    }

    /**
     * @param partnerIds the couple's two partners: joint work needs a screen of each
     */
    static Outcome evaluate(List<Screen> screens, List<RecordedDecision> decisions, List<UUID> partnerIds) {
        Outcome byFlags = byFlags(screens, decisions);
        boolean mayWorkJointly = byFlags.status() == ScreeningStatus.CLEAR
                || byFlags.status() == ScreeningStatus.JOINT_WORK_APPROVED;
        long screenedPartners = partnerIds.stream()
                .filter(partner -> screens.stream().anyMatch(screen -> screen.covers(partner))).count();
        if (mayWorkJointly && screenedPartners < partnerIds.size()) {
            return new Outcome(screenedPartners == 0 ? ScreeningStatus.NOT_SCREENED : ScreeningStatus.PARTLY_SCREENED,
                    byFlags.flags());
        }
        return byFlags;
    }

    private static Outcome byFlags(List<Screen> screens, List<RecordedDecision> decisions) {
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
        // only the same partner's clean screen says the concern has gone
        boolean cleanScreenSinceDecision = screens.stream()
                .anyMatch(screen -> !screen.flagged() && screen.recordedAt().isAfter(decision.get().recordedAt())
                        && sameAnswerer(screen, underReview));
        return cleanScreenSinceDecision ? new Outcome(ScreeningStatus.CLEAR, Set.of())
                : new Outcome(ScreeningStatus.after(decision.get().decision()), underReview.currentFlags());
    }

    private static boolean sameAnswerer(Screen later, Screen earlier) {
        return later.partnerId() == null || earlier.partnerId() == null || later.partnerId().equals(earlier.partnerId());
    }
}
