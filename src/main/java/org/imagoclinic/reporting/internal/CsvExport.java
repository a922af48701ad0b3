package org.imagoclinic.reporting.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.TherapistFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes the outcomes report as CSV: one figure a line (section, figure, value, n), names only in the per-couple list. */
@Component
class CsvExport {

    /** A line of the per-couple list, with the couple's name. */
    record NamedLine(String couple, OutcomeQueries.CoupleLine line) {
    }

    byte[] write(OutcomesReport report, @Nullable List<NamedLine> couples) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("section", "figure", "value", "n").get())) {
            csv.printRecord("report", "Outcomes report", "", "");
            csv.printRecord("report", "produced on", report.producedOn(), "");
            csv.printRecord("report", "filters", report.filter().describe(), "");
            csv.printRecord("report", "norms", report.norms().describe(), "");
            csv.printRecord("episodes", "started", report.episodesStarted(), "");
            csv.printRecord("episodes", "active at the end of the period", report.episodesActive(), "");
            csv.printRecord("episodes", "ended", report.episodesEnded(), "");
            for (var ending : report.endedBy().entrySet()) {
                csv.printRecord("episodes", "ended: " + ending.getKey(), ending.getValue(), "");
            }
            classes(csv, "partners", report.partners());
            classes(csv, "couples", report.couples());
            var change = report.change();
            csv.printRecord("change", "mean baseline", number(change.meanBaseline()), change.partners());
            csv.printRecord("change", "mean current", number(change.meanCurrent()), change.partners());
            csv.printRecord("change", "mean change", number(change.meanChange()), change.partners());
            csv.printRecord("change", "Cohen's d", number(change.cohensD()), change.partners());
            csv.printRecord("change", "effect size formula", change.formula(), "");
            for (TherapistFigures t : report.therapists()) {
                String who = "therapist " + t.therapistId();
                csv.printRecord(who, "share of couples improved", number(t.shareCouplesImproved()), t.couplesClassified());
                csv.printRecord(who, "mean change", number(t.meanChange()), t.partnersMeasured());
                csv.printRecord(who, "rank", t.rank() == null ? t.note() : t.rank(), t.couplesClassified());
            }
            if (couples != null) {
                for (NamedLine named : couples) {
                    var line = named.line();
                    csv.printRecord("couple " + named.couple(), "episode " + line.openedOn() + " to "
                            + (line.closedOn() == null ? "open" : line.closedOn() + " (" + line.ending() + ")"),
                            line.scores(), line.sessionsAttended() + " sessions attended");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void classes(CSVPrinter csv, String who, Classification classification) throws IOException {
        csv.printRecord(who, "classified", classification.classified(), "");
        csv.printRecord(who, "too few measures to classify", classification.tooFewMeasures(), "");
        csv.printRecord(who, "not classified: no norms configured", classification.withoutNorms(), "");
        for (ClassCount c : classification.classes()) {
            csv.printRecord(who, c.label(), c.count(), classification.classified());
            csv.printRecord(who, c.label() + " (share)", number(c.share()), classification.classified());
        }
    }

    static String number(@Nullable Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    static <T> String orBlank(@Nullable T value, Function<T, String> format) {
        return value == null ? "" : format.apply(value);
    }
}
