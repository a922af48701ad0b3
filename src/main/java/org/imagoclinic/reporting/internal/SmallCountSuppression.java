package org.imagoclinic.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.imagoclinic.reporting.ChangeFigures;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.imagoclinic.reporting.ControlLimits;
import org.imagoclinic.reporting.DashboardFigure;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.OutcomesDashboard;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.ShareInterval;
import org.imagoclinic.reporting.TherapistFigures;
import org.imagoclinic.reporting.TherapistOutcomes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The reports as a reader without a clinical role sees them (ADR 0044, {@link org.imagoclinic.reporting.SmallCounts}):
 * from a report with exact figures, the same report with counts below 5, the totals that would give
 * them back and the figures computed from them suppressed. Each report names its counts and declares
 * which of them add up to which.
 */
@Component
class SmallCountSuppression {

    EngagementReport engagement(EngagementReport report) {
        SmallCountCells cells = new SmallCountCells()
                .count("due", report.sessionsDue()).count("attended", report.attended()).count("noShows", report.noShows())
                .count("late", report.lateCancellations()).count("byClient", report.cancelledByClient())
                .count("byClinic", report.cancelledByClinic()).count("ended", report.episodesEnded())
                .count("dropOuts", report.dropOuts()).count("first", report.firstSessions())
                .count("waiting", report.waitingNow()).count("booked", report.bookedFromWaitlist())
                .count("sessionsOfEnded", implied(report.meanSessionsPerEpisode(), report.episodesEnded()))
                .sum("due", List.of("attended", "noShows", "late"));
        List<EngagementReport.Month> months = report.monthly();
        for (int i = 0; i < months.size(); i++) {
            cells.count("attended" + i, months.get(i).attended()).count("noShows" + i, months.get(i).noShows())
                    .count("late" + i, months.get(i).lateCancellations());
        }
        for (String column : List.of("attended", "noShows", "late")) {
            cells.sum(column, IntStream.range(0, months.size()).mapToObj(i -> column + i).toList());
        }
        for (int i = 0; i < report.waitlist().size(); i++) {
            cells.count("waiting" + i, report.waitlist().get(i).couples());
        }
        reminderCells(cells, "withReminder", report.withReminder());
        reminderCells(cells, "withoutReminder", report.withoutReminder());
        for (String column : List.of("due", "noShows", "late")) {
            cells.sum(column, List.of(column + "withReminder", column + "withoutReminder"));
        }
        List<EngagementReport.ByTherapist> therapists = report.byTherapist();
        for (int i = 0; i < therapists.size(); i++) {
            EngagementReport.ByTherapist t = therapists.get(i);
            cells.count("dueT" + i, t.sessionsDue()).count("attendedT" + i, t.attended()).count("noShowsT" + i, t.noShows())
                    .count("lateT" + i, t.lateCancellations())
                    .sum("dueT" + i, List.of("attendedT" + i, "noShowsT" + i, "lateT" + i));
        }
        if (!therapists.isEmpty()) {
            for (String column : List.of("due", "attended", "noShows", "late")) {
                cells.sum(column, IntStream.range(0, therapists.size()).mapToObj(i -> column + "T" + i).toList());
            }
        }
        List<EngagementReport.ByTherapist> byTherapist = IntStream.range(0, therapists.size()).mapToObj(i -> {
            EngagementReport.ByTherapist t = therapists.get(i);
            return new EngagementReport.ByTherapist(t.therapistId(), t.name(), cells.shown("dueT" + i),
                    cells.shown("attendedT" + i), cells.shown("noShowsT" + i), cells.shown("lateT" + i),
                    cells.derived(t.attendanceRate(), "attendedT" + i, "dueT" + i),
                    cells.derived(t.noShowRate(), "noShowsT" + i, "dueT" + i),
                    cells.derived(t.lateCancelRate(), "lateT" + i, "dueT" + i));
        }).toList();
        List<EngagementReport.Month> monthly = IntStream.range(0, months.size()).mapToObj(i -> new EngagementReport.Month(
                months.get(i).month(), cells.shown("attended" + i), cells.shown("noShows" + i), cells.shown("late" + i))).toList();
        List<EngagementReport.Waiting> waitlist = IntStream.range(0, report.waitlist().size()).mapToObj(i -> new EngagementReport.Waiting(
                report.waitlist().get(i).month(), report.waitlist().get(i).on(), cells.shown("waiting" + i))).toList();
        return new EngagementReport(report.filter(), report.producedOn(), cells.shown("due"), cells.shown("attended"),
                cells.shown("noShows"), cells.shown("late"), cells.derived(report.attendanceRate(), "attended", "due"),
                cells.derived(report.noShowRate(), "noShows", "due"), cells.derived(report.lateCancelRate(), "late", "due"),
                cells.shown("byClient"), cells.shown("byClinic"), cells.shown("ended"),
                cells.derived(report.meanSessionsPerEpisode(), "ended", "sessionsOfEnded"), report.dropOutThreshold(),
                cells.shown("dropOuts"), cells.derived(report.dropOutRate(), "dropOuts", "ended"), cells.shown("first"),
                cells.derived(report.meanDaysToFirstSession(), "first"), cells.derived(report.medianDaysToFirstSession(), "first"),
                monthly, cells.shown("waiting"), cells.shown("booked"), cells.derived(report.medianDaysWaited(), "booked"),
                waitlist, shownReminders(cells, "withReminder", report.withReminder()),
                shownReminders(cells, "withoutReminder", report.withoutReminder()), byTherapist, true);
    }

    private static void reminderCells(SmallCountCells cells, String split, EngagementReport.ByReminder figures) {
        cells.count("due" + split, figures.sessionsDue()).count("noShows" + split, figures.noShows())
                .count("late" + split, figures.lateCancellations());
    }

    private static EngagementReport.ByReminder shownReminders(SmallCountCells cells, String split,
                                                              EngagementReport.ByReminder figures) {
        return new EngagementReport.ByReminder(cells.shown("due" + split), cells.shown("noShows" + split),
                cells.shown("late" + split), cells.derived(figures.noShowRate(), "noShows" + split, "due" + split),
                cells.derived(figures.lateCancelRate(), "late" + split, "due" + split));
    }

    OutcomesReport outcomes(OutcomesReport report) {
        SmallCountCells cells = new SmallCountCells().count("inPeriod", report.episodesInPeriod())
                .count("started", report.episodesStarted())
                .count("active", report.episodesActive()).count("ended", report.episodesEnded());
        report.endedBy().forEach((ending, count) -> cells.count("ended:" + ending, count));
        if (!report.endedBy().isEmpty()) {
            cells.sum("ended", report.endedBy().keySet().stream().map(ending -> "ended:" + ending).toList());
        }
        add(cells, "partners", report.partners());
        add(cells, "couples", report.couples());
        ChangeFigures change = report.change();
        cells.count("change", change.partners());
        List<TherapistFigures> therapists = report.therapists();
        for (int i = 0; i < therapists.size(); i++) {
            TherapistFigures t = therapists.get(i);
            cells.count("episodes" + i, t.episodes()).count("started" + i, t.started())
                    .count("classified" + i, t.couplesClassified())
                    .count("improved" + i, implied(t.shareCouplesImproved(), t.couplesClassified()))
                    .count("measured" + i, t.partnersMeasured());
        }
        addsUp(cells, "inPeriod", "episodes", therapists.stream().map(TherapistFigures::episodes).toList());
        addsUp(cells, "started", "started", therapists.stream().map(TherapistFigures::started).toList());
        Map<String, @Nullable Integer> endedBy = new LinkedHashMap<>();
        report.endedBy().keySet().forEach(ending -> endedBy.put(ending, cells.shown("ended:" + ending)));
        ChangeFigures shownChange = new ChangeFigures(cells.shown("change"), cells.derived(change.meanBaseline(), "change"),
                cells.derived(change.meanCurrent(), "change"), cells.derived(change.meanChange(), "change"),
                cells.derived(change.sdBaseline(), "change"), cells.derived(change.sdCurrent(), "change"),
                cells.derived(change.cohensD(), "change"), change.formula());
        List<TherapistFigures> shownTherapists = IntStream.range(0, therapists.size()).mapToObj(i -> {
            TherapistFigures t = therapists.get(i);
            return new TherapistFigures(t.therapistId(), t.name(), cells.shown("episodes" + i), cells.shown("started" + i),
                    cells.shown("classified" + i),
                    cells.derived(t.shareCouplesImproved(), "improved" + i, "classified" + i), cells.shown("measured" + i),
                    cells.derived(t.meanChange(), "measured" + i), t.rank(), t.note());
        }).toList();
        return new OutcomesReport(report.filter(), report.producedOn(), cells.shown("inPeriod"), cells.shown("started"),
                cells.shown("active"),
                cells.shown("ended"), endedBy, report.norms(), shown(cells, "partners", report.partners()),
                shown(cells, "couples", report.couples()), shownChange, shownTherapists, true);
    }

    /**
     * Declares the therapists' rows a sum of the report's total when they add up to it (no episode without a
     * primary therapist), so that a row's small count can't be worked back from the total and the others.
     */
    private static void addsUp(SmallCountCells cells, String total, String row, List<@Nullable Integer> rows) {
        if (!rows.isEmpty() && rows.stream().mapToInt(Integer::intValue).sum() == cells.exact(total)) {
            cells.sum(total, IntStream.range(0, rows.size()).mapToObj(i -> row + i).toList());
        }
    }

    PracticeReport practice(PracticeReport report) {
        SmallCountCells cells = new SmallCountCells().count("episodes", report.episodes())
                .count("dialogues", report.dialogues()).count("made", report.requestsMade())
                .count("followedUp", report.requestsFollowedUp()).count("kept", report.requestsKept())
                .count("overdue", report.measuresOverdue()).count("signed", report.notesSigned())
                .count("awaiting", report.notesAwaitingCoSignature());
        List<PracticeReport.SkillMonth> trend = report.skillTrend();
        List<PracticeReport.CouplePractice> couples = report.couples();
        for (int i = 0; i < couples.size(); i++) {
            cells.count("logs" + i, couples.get(i).logs()).count("measured" + i, couples.get(i).partnersMeasured());
        }
        for (int i = 0; i < trend.size(); i++) {
            cells.count("dialogues" + i, trend.get(i).dialogues());
        }
        if (!trend.isEmpty()) {
            cells.sum("dialogues", IntStream.range(0, trend.size()).mapToObj(i -> "dialogues" + i).toList());
        }
        List<PracticeReport.SkillMonth> shownTrend = IntStream.range(0, trend.size()).mapToObj(i -> {
            PracticeReport.SkillMonth m = trend.get(i);
            String n = "dialogues" + i;
            Integer dialogues = cells.shown(n);
            // a month's rounds are at least its dialogues, so they are hidden exactly when those are
            return new PracticeReport.SkillMonth(m.month(), dialogues, dialogues == null ? null : m.rounds(),
                    cells.derived(m.oneTopic(), n), cells.derived(m.iStatements(), n), cells.derived(m.askedForDialogue(), n),
                    cells.derived(m.mirroring(), n), cells.derived(m.summary(), n), cells.derived(m.validation(), n),
                    cells.derived(m.empathy(), n));
        }).toList();
        return new PracticeReport(report.filter(), report.producedOn(), cells.shown("episodes"), cells.shown("dialogues"),
                cells.derived(report.dialoguesPerCouple(), "dialogues", "episodes"), shownTrend, cells.shown("made"),
                cells.shown("followedUp"), cells.shown("kept"), cells.derived(report.keptShare(), "kept", "followedUp"),
                report.measureIntervalDays(), cells.shown("overdue"), cells.shown("signed"), cells.shown("awaiting"),
                IntStream.range(0, couples.size()).mapToObj(i -> {
                    PracticeReport.CouplePractice c = couples.get(i);
                    return new PracticeReport.CouplePractice(c.openedOn(), c.closedOn(), c.weeks(), cells.shown("logs" + i),
                            cells.derived(c.logsPerWeek(), "logs" + i), cells.derived(c.dialogueMinutesPerWeek(), "logs" + i),
                            cells.shown("measured" + i), cells.derived(c.meanChange(), "measured" + i));
                }).toList(), true);
    }

    OutcomesDashboard dashboard(OutcomesDashboard dashboard) {
        SmallCountCells cells = new SmallCountCells();
        List<TherapistOutcomes> rows = new ArrayList<>(dashboard.therapists());
        rows.add(dashboard.clinic());
        String clinic = "r" + (rows.size() - 1);
        for (int i = 0; i < rows.size(); i++) {
            TherapistOutcomes row = rows.get(i);
            cells.count("r" + i + ".episodes", row.episodes());
            for (var figure : DashboardFigure.values()) {
                cells.count("r" + i + "." + figure + ".count", row.figure(figure).count())
                        .count("r" + i + "." + figure + ".n", row.figure(figure).n());
            }
        }
        List<String> therapistRows = IntStream.range(0, rows.size() - 1).mapToObj(i -> "r" + i).toList();
        if (!therapistRows.isEmpty()) {
            cells.sum(clinic + ".episodes", therapistRows.stream().map(r -> r + ".episodes").toList());
            for (var figure : DashboardFigure.values()) {
                for (String part : List.of(".count", ".n")) {
                    cells.sum(clinic + "." + figure + part, therapistRows.stream().map(r -> r + "." + figure + part).toList());
                }
            }
        }
        List<TherapistOutcomes> shown = IntStream.range(0, rows.size()).mapToObj(i -> shown(cells, "r" + i, rows.get(i)))
                .toList();
        return new OutcomesDashboard(dashboard.filter(), dashboard.producedOn(), dashboard.norms(), shown.getLast(),
                shown.subList(0, shown.size() - 1), dashboard.dropOutThreshold(), dashboard.drillDown(), true);
    }

    private static TherapistOutcomes shown(SmallCountCells cells, String row, TherapistOutcomes outcomes) {
        var figures = new LinkedHashMap<DashboardFigure, ShareInterval>();
        for (var figure : DashboardFigure.values()) {
            ShareInterval share = outcomes.figure(figure);
            String count = row + "." + figure + ".count";
            String n = row + "." + figure + ".n";
            figures.put(figure, new ShareInterval(cells.shown(count), cells.shown(n), cells.derived(share.share(), count, n),
                    cells.derived(share.lower(), count, n), cells.derived(share.upper(), count, n)));
        }
        return new TherapistOutcomes(outcomes.therapistId(), outcomes.name(), cells.shown(row + ".episodes"),
                figures.get(DashboardFigure.PARTNERS_IMPROVED),
                figures.get(DashboardFigure.COUPLES_IMPROVED),
                figures.get(DashboardFigure.PARTNERS_DETERIORATED),
                figures.get(DashboardFigure.DROP_OUT),
                figures.get(DashboardFigure.ATTENDANCE),
                limits(figures.get(DashboardFigure.PARTNERS_IMPROVED), outcomes.partnersFunnel()),
                limits(figures.get(DashboardFigure.COUPLES_IMPROVED), outcomes.couplesFunnel()));
    }

    /** Funnel limits are drawn at the row's n: gone when that n is suppressed. */
    private static @Nullable ControlLimits limits(ShareInterval shown, @Nullable ControlLimits limits) {
        return shown.n() == null ? null : limits;
    }

    private static void add(SmallCountCells cells, String who, Classification classification) {
        cells.count(who + ".classified", classification.classified())
                .count(who + ".tooFew", classification.tooFewMeasures())
                .count(who + ".withoutNorms", classification.withoutNorms());
        classification.classes().forEach(c -> cells.count(who + "." + c.outcomeClass(), c.count()));
        if (!classification.classes().isEmpty()) {
            cells.sum(who + ".classified", classification.classes().stream().map(c -> who + "." + c.outcomeClass()).toList());
        }
    }

    private static Classification shown(SmallCountCells cells, String who, Classification classification) {
        List<ClassCount> classes = classification.classes().stream().map(c -> new ClassCount(c.outcomeClass(), c.label(),
                cells.shown(who + "." + c.outcomeClass()),
                cells.derived(c.share(), who + "." + c.outcomeClass(), who + ".classified"))).toList();
        return new Classification(cells.shown(who + ".classified"), cells.shown(who + ".tooFew"),
                cells.shown(who + ".withoutNorms"), classes);
    }

    /** The count behind a mean or share: mean × n, rounded. */
    private static int implied(@Nullable Double perOne, @Nullable Integer n) {
        return perOne == null || n == null ? 0 : (int) Math.round(perOne * n);
    }
}
