package org.imagoclinic.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.imagoclinic.assessments.CoupleOutcomeClass;
import org.imagoclinic.assessments.OutcomeClass;
import org.imagoclinic.reporting.DashboardFigure;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.ReportFilter;
import org.jspecify.annotations.Nullable;

/**
 * One episode as the dashboard counts it. {@link #toward} says what it brings to each figure: the
 * dashboard's shares are sums of these, and the couples behind a figure are the episodes that
 * bring something to its n.
 *
 * @param classA partner a's class: an {@link OutcomeClass} name, TOO_FEW (fewer than two scores) or NO_NORMS
 * @param sessionsAttended all the episode's attended sessions (for drop-out)
 * @param attended sessions in the period attended; {@code missed} and {@code late} likewise
 */
record EpisodeLine(UUID episodeId, UUID coupleId, @Nullable UUID therapist, LocalDate openedOn, @Nullable LocalDate closedOn,
                   @Nullable String ending, int sessionsAttended, String classA, String classB, int attended, int missed,
                   int late) {

    static final String TOO_FEW = "TOO_FEW";

    /** What an episode brings to a figure: {@code counted} of {@code of}, and why in plain words. */
    record Contribution(int counted, int of, String detail) {
    }

    Contribution toward(DashboardFigure figure, ReportFilter filter, int dropOutThreshold) {
        return switch (figure) {
            case PARTNERS_IMPROVED -> partners(OutcomeClass::improved);
            case PARTNERS_DETERIORATED -> partners(outcome -> outcome == OutcomeClass.DETERIORATED);
            case COUPLES_IMPROVED -> couple();
            case DROP_OUT -> dropOut(filter, dropOutThreshold);
            case ATTENDANCE -> new Contribution(attended, attended + missed + late,
                    attended + " attended, " + missed + " no-shows, " + late + " late cancellations");
        };
    }

    private Contribution partners(Predicate<OutcomeClass> counts) {
        int counted = 0;
        int of = 0;
        for (String name : List.of(classA, classB)) {
            Optional<OutcomeClass> outcome = outcome(name);
            if (outcome.isPresent()) {
                of++;
                counted += counts.test(outcome.get()) ? 1 : 0;
            }
        }
        return new Contribution(counted, of, inWords(classA) + "; " + inWords(classB));
    }

    private Contribution couple() {
        Optional<OutcomeClass> a = outcome(classA);
        Optional<OutcomeClass> b = outcome(classB);
        if (a.isEmpty() || b.isEmpty()) {
            return new Contribution(0, 0, inWords(classA) + "; " + inWords(classB));
        }
        CoupleOutcomeClass pair = CoupleOutcomeClass.of(a.get(), b.get());
        boolean improved = pair == CoupleOutcomeClass.BOTH_IMPROVED || pair == CoupleOutcomeClass.ONE_IMPROVED;
        return new Contribution(improved ? 1 : 0, 1, pair.label());
    }

    private Contribution dropOut(ReportFilter filter, int threshold) {
        if (closedOn == null || closedOn.isBefore(filter.from()) || closedOn.isAfter(filter.to())) {
            return new Contribution(0, 0, "");
        }
        boolean dropped = "DROPPED_OUT".equals(ending) && sessionsAttended < threshold;
        return new Contribution(dropped ? 1 : 0, 1, "Ended " + closedOn + ": "
                + (ending == null ? "" : OutcomesReport.endingInWords(ending)) + " after " + sessionsAttended
                + (sessionsAttended == 1 ? " session" : " sessions") + " attended");
    }

    private static Optional<OutcomeClass> outcome(String name) {
        return name.equals(TOO_FEW) || name.equals("NO_NORMS") ? Optional.empty() : Optional.of(OutcomeClass.valueOf(name));
    }

    private static String inWords(String name) {
        return switch (name) {
            case TOO_FEW -> "fewer than two scores";
            case "NO_NORMS" -> "not classified: no norms";
            default -> OutcomeClass.valueOf(name).label();
        };
    }

    /** The lines that bring something to the figure's n. */
    static List<EpisodeLine> behind(List<EpisodeLine> lines, DashboardFigure figure, ReportFilter filter, int threshold) {
        List<EpisodeLine> behind = new ArrayList<>();
        for (EpisodeLine line : lines) {
            if (line.toward(figure, filter, threshold).of() > 0) {
                behind.add(line);
            }
        }
        return behind;
    }
}
