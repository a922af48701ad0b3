package org.imagoclinic.reporting.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.reporting.TherapistFigures;
import org.imagoclinic.shared.SpreadsheetSafeCsv;
import org.jspecify.annotations.Nullable;
import org.imagoclinic.staff.Clinicians;
import org.springframework.stereotype.Component;

/**
 * Writes the outcomes report as CSV: one figure a line (section, figure, value, n), shares as per cent,
 * endings in words, therapists by name; couples are named only in the per-couple list.
 */
@Component
class CsvExport {

    private final Clinicians clinicians;

    CsvExport(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    /** A line of the per-couple list, with the couple's name. */
    record NamedLine(String couple, OutcomeQueries.CoupleLine line) {
    }

    byte[] write(OutcomesReport report, @Nullable List<NamedLine> couples) {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "section", "figure", "value", "n")) {
            csv.row("report", "Outcomes report", "", "");
            csv.row("report", "produced on", report.producedOn(), "");
            csv.row("report", "filters", report.filter().describe(clinicians::nameOf), "");
            csv.row("report", "norms", report.norms().describe(), "");
            if (report.smallCountsSuppressed()) {
                csv.row("report", "small counts", "counts from 1 to 4 are " + SmallCounts.IN_CSV + ", totals that would give "
                        + "one back " + SmallCounts.HIDDEN + ", figures built on them blank", "");
            }
            csv.row("episodes", "active at some time in the period", SmallCounts.inCsv(report.episodesInPeriod()), "");
            csv.row("episodes", "started", SmallCounts.inCsv(report.episodesStarted()), "");
            csv.row("episodes", "active at the end of the period", SmallCounts.inCsv(report.episodesActive()), "");
            csv.row("episodes", "ended", SmallCounts.total(report.episodesEnded()), "");
            for (var ending : report.endedBy().entrySet()) {
                csv.row("episodes", "ended: " + OutcomesReport.endingInWords(ending.getKey()), SmallCounts.inCsv(ending.getValue()), "");
            }
            classes(csv, "partners", report.partners());
            classes(csv, "couples", report.couples());
            var change = report.change();
            String partners = SmallCounts.inCsv(change.partners());
            csv.row("change", "mean baseline", number(change.meanBaseline()), partners);
            csv.row("change", "mean current", number(change.meanCurrent()), partners);
            csv.row("change", "mean change", number(change.meanChange()), partners);
            csv.row("change", "Cohen's d", number(change.cohensD()), partners);
            csv.row("change", "effect size formula", change.formula(), "");
            for (TherapistFigures t : report.therapists()) {
                String who = "therapist " + t.name();
                String classified = SmallCounts.inCsv(t.couplesClassified());
                csv.row(who, "episodes in the period", SmallCounts.inCsv(t.episodes()), "");
                csv.row(who, "episodes started", SmallCounts.inCsv(t.started()), "");
                csv.row(who, "share of couples improved", percent(t.shareCouplesImproved()), classified);
                csv.row(who, "mean change", number(t.meanChange()), SmallCounts.inCsv(t.partnersMeasured()));
                csv.row(who, "rank", t.rank() == null ? t.note() : t.rank(), classified);
            }
            if (couples != null) {
                for (NamedLine named : couples) {
                    var line = named.line();
                    csv.row("couple " + named.couple(), "episode " + line.openedOn() + " to "
                            + (line.closedOn() == null ? "open" : line.closedOn() + " ("
                            + OutcomesReport.endingInWords(String.valueOf(line.ending())) + ")"),
                            line.scores(), line.sessionsAttended() + " sessions attended");
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void classes(SpreadsheetSafeCsv csv, String who, Classification classification) {
        String classified = SmallCounts.total(classification.classified());
        csv.row(who, "classified", classified, "");
        csv.row(who, "too few measures to classify", SmallCounts.inCsv(classification.tooFewMeasures()), "");
        csv.row(who, "not classified: no norms yet", SmallCounts.inCsv(classification.withoutNorms()), "");
        for (ClassCount c : classification.classes()) {
            csv.row(who, c.label(), SmallCounts.inCsv(c.count()), classified);
            csv.row(who, c.label() + " (share)", percent(c.share()), classified);
        }
    }

    /** A share of 0 to 1 as people read it: "15%" (whole per cent, rounded half up). */
    static String percent(@Nullable Double share) {
        return share == null ? "" : Math.round(share * 100) + "%";
    }

    static String number(@Nullable Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    static <T> String orBlank(@Nullable T value, Function<T, String> format) {
        return value == null ? "" : format.apply(value);
    }
}
