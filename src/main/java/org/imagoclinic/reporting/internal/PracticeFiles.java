package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.SmallCounts.inWords;
import static org.imagoclinic.reporting.internal.CsvExport.number;
import static org.imagoclinic.reporting.internal.CsvExport.percent;
import static org.imagoclinic.reporting.internal.PdfExport.BODY;
import static org.imagoclinic.reporting.internal.PdfExport.HEADING;
import static org.imagoclinic.reporting.internal.PdfExport.TITLE;
import static org.imagoclinic.reporting.internal.PdfExport.row;
import static org.imagoclinic.reporting.internal.PdfExport.table;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imagoclinic.reporting.PracticeReport;
import org.imagoclinic.reporting.PracticeReport.CouplePractice;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.shared.SpreadsheetSafeCsv;
import org.imagoclinic.staff.Clinicians;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The Imago practice report as CSV (one figure a line, the couples' lines named by their episode's days) and as PDF: the
 * figures, and each couple's home practice per week beside their change (ADR 0058). No names.
 */
@Component
class PracticeFiles {

    static final String PER_COUPLE_NOTE = "One line per episode active in the period, by opening day, no names: the "
            + "partners' home practice logged in the portal per week of the episode within the period, beside the "
            + "mean change of the partners measured twice or more (latest minus baseline).";

    private final Clinicians clinicians;

    PracticeFiles(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    byte[] csv(PracticeReport report) {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "section", "figure", "value", "n")) {
            EngagementCsv.header(csv, "Imago practice report", report.producedOn(),
                    report.filter().describe(clinicians::nameOf), report.smallCountsSuppressed());
            String episodes = SmallCounts.inCsv(report.episodes());
            csv.row("episodes", "active in the period", episodes, "");
            csv.row("dialogues", "recorded", SmallCounts.total(report.dialogues()), "");
            csv.row("dialogues", "per couple", number(report.dialoguesPerCouple()), episodes);
            csv.row("requests", "made", SmallCounts.inCsv(report.requestsMade()), "");
            csv.row("requests", "followed up", SmallCounts.inCsv(report.requestsFollowedUp()), "");
            csv.row("requests", "kept", SmallCounts.inCsv(report.requestsKept()), SmallCounts.inCsv(report.requestsFollowedUp()));
            csv.row("requests", "kept share", percent(report.keptShare()), SmallCounts.inCsv(report.requestsFollowedUp()));
            csv.row("measures", "overdue (none in " + report.measureIntervalDays() + " days)",
                    SmallCounts.inCsv(report.measuresOverdue()), "");
            csv.row("notes", "signed", SmallCounts.inCsv(report.notesSigned()), "");
            csv.row("notes", "awaiting co-signature", SmallCounts.inCsv(report.notesAwaitingCoSignature()), "");
            for (CouplePractice c : report.couples()) {
                String couple = "couple " + episode(c);
                String logs = SmallCounts.inCsv(c.logs());
                csv.row(couple, "weeks in the period", number(c.weeks()), "");
                csv.row(couple, "home practice logs per week", number(c.logsPerWeek()), logs);
                csv.row(couple, "dialogue minutes per week", number(c.dialogueMinutesPerWeek()), logs);
                csv.row(couple, "mean change " + report.filter().instrument(), number(c.meanChange()),
                        SmallCounts.inCsv(c.partnersMeasured()));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] pdf(PracticeReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Imago practice report", TITLE));
        document.add(new Paragraph("Produced on " + report.producedOn(), BODY));
        document.add(new Paragraph("Filters: " + report.filter().describe(clinicians::nameOf), BODY));
        if (report.smallCountsSuppressed()) {
            document.add(new Paragraph("Counts from 1 to 4 read \"" + SmallCounts.IN_WORDS + "\", totals that would give one "
                    + "back \"" + SmallCounts.HIDDEN + "\", and rates and means built on them are left blank.", BODY));
        }
        PdfPTable figures = table(2);
        row(figures, "Episodes active in the period", inWords(report.episodes()));
        row(figures, "Dialogues recorded (per couple)", SmallCounts.total(report.dialogues()) + " ("
                + number(report.dialoguesPerCouple()) + ")");
        row(figures, "Behaviour change requests made, followed up, kept", inWords(report.requestsMade()) + ", "
                + inWords(report.requestsFollowedUp()) + ", " + inWords(report.requestsKept()) + " (" + percent(report.keptShare()) + ")");
        row(figures, "Measures overdue (none in " + report.measureIntervalDays() + " days)", inWords(report.measuresOverdue()));
        row(figures, "Notes signed, awaiting co-signature", inWords(report.notesSigned()) + ", "
                + inWords(report.notesAwaitingCoSignature()));
        document.add(figures);
        document.add(new Paragraph("Home practice beside each couple's change (" + report.filter().instrument() + ")", HEADING));
        document.add(new Paragraph(PER_COUPLE_NOTE, BODY));
        PdfPTable couples = table(6);
        // the episode's two days fit on one line; the figures need less room
        couples.setWidths(new float[] {2.6f, 0.8f, 0.8f, 1.1f, 1.5f, 1.6f});
        List.of("Episode", "Weeks", "Logs", "Logs per week", "Dialogue minutes per week", "Mean change (partners)")
                .forEach(heading -> couples.addCell(new Paragraph(heading, BODY)));
        for (CouplePractice c : report.couples()) {
            couples.addCell(new Paragraph(episode(c), BODY));
            couples.addCell(new Paragraph(number(c.weeks()), BODY));
            couples.addCell(new Paragraph(inWords(c.logs()), BODY));
            couples.addCell(new Paragraph(number(c.logsPerWeek()), BODY));
            couples.addCell(new Paragraph(number(c.dialogueMinutesPerWeek()), BODY));
            couples.addCell(new Paragraph(number(c.meanChange()) + " (" + inWords(c.partnersMeasured()) + ")", BODY));
        }
        document.add(couples);
        document.close();
        return out.toByteArray();
    }

    /** An episode without a name: its days. */
    static String episode(CouplePractice c) {
        return c.openedOn() + " to " + (c.closedOn() == null ? "open" : c.closedOn().toString());
    }
}
