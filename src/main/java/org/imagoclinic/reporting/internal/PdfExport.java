package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.SmallCounts.inWords;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.imagoclinic.reporting.ClassColours;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.imagoclinic.reporting.EngagementReport;
import org.imagoclinic.reporting.OutcomesReport;
import org.imagoclinic.reporting.SmallCounts;
import org.imagoclinic.reporting.TherapistFigures;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.staff.Clinicians;
import org.springframework.stereotype.Component;

/**
 * The outcomes report as a PDF for a supervisors' meeting (OpenPDF): the date, the filters, the
 * norms with their source, the tables, and labelled stacked bars of the outcome classes drawn as
 * vectors, under the clinic's name. Shares and rates as percentages. No names but the therapists'.
 */
@Component
class PdfExport {

    private final Clinicians clinicians;
    private final MessageTemplates clinic;

    PdfExport(Clinicians clinicians, MessageTemplates clinic) {
        this.clinicians = clinicians;
        this.clinic = clinic;
    }

    private static final float BAR_HEIGHT = 20;

    static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final BaseFont LABEL_FONT = new Font(Font.HELVETICA, 8).getCalculatedBaseFont(false);

    byte[] write(OutcomesReport report, EngagementReport engagement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(clinic.clinicContact().clinicName(), HEADING));
        document.add(new Paragraph("Outcomes report", TITLE));
        document.add(new Paragraph("Produced on " + report.producedOn(), BODY));
        document.add(new Paragraph("Filters: " + report.filter().describe(clinicians::nameOf), BODY));
        document.add(new Paragraph("Norms: " + report.norms().describe(), BODY));

        if (report.smallCountsSuppressed()) {
            document.add(new Paragraph("Counts from 1 to 4 read \"" + SmallCounts.IN_WORDS + "\", totals that would give one "
                    + "back \"" + SmallCounts.HIDDEN + "\", and rates and means built on them are left blank.", BODY));
        }
        document.add(new Paragraph("Episodes of care", HEADING));
        PdfPTable episodes = table(2);
        row(episodes, "Active at some time in the period", inWords(report.episodesInPeriod()));
        row(episodes, "Started in the period", inWords(report.episodesStarted()));
        row(episodes, "Active at the end of the period", inWords(report.episodesActive()));
        row(episodes, "Ended in the period", SmallCounts.total(report.episodesEnded()));
        report.endedBy().forEach((ending, count) -> row(episodes, "Ended: " + OutcomesReport.endingInWords(ending),
                inWords(count)));
        document.add(episodes);

        document.add(new Paragraph("Outcome classes (" + report.norms().instrument() + ")", HEADING));
        classTable(document, "Partners", report.partners());
        classTable(document, "Couples as pairs", report.couples());
        if (report.norms().configured()) {
            document.add(new Paragraph("Share of those classified in each class, each bar with its own key.", BODY));
            labelledBar(document, writer, "Partners (n = " + SmallCounts.total(report.partners().classified()) + ")",
                    report.partners());
            labelledBar(document, writer, "Couples as pairs (n = " + SmallCounts.total(report.couples().classified()) + ")",
                    report.couples());
        }

        var change = report.change();
        document.add(new Paragraph("Change from baseline to current (n = " + inWords(change.partners()) + " partners)", HEADING));
        PdfPTable changes = table(2);
        row(changes, "Mean baseline", CsvExport.number(change.meanBaseline()));
        row(changes, "Mean current", CsvExport.number(change.meanCurrent()));
        row(changes, "Mean change", CsvExport.number(change.meanChange()));
        row(changes, "Cohen's d", CsvExport.number(change.cohensD()));
        document.add(changes);
        document.add(new Paragraph(change.formula(), BODY));

        document.add(new Paragraph("Engagement", HEADING));
        PdfPTable attendance = table(2);
        row(attendance, "Sessions due", SmallCounts.total(engagement.sessionsDue()));
        row(attendance, "Attendance rate", CsvExport.percent(engagement.attendanceRate()));
        row(attendance, "No-show rate", CsvExport.percent(engagement.noShowRate()));
        row(attendance, "Late-cancel rate", CsvExport.percent(engagement.lateCancelRate()));
        row(attendance, "Drop-out rate (before " + engagement.dropOutThreshold() + " sessions, n = "
                + inWords(engagement.episodesEnded()) + ")", CsvExport.percent(engagement.dropOutRate()));
        row(attendance, "Couples on the waitlist now", inWords(engagement.waitingNow()));
        row(attendance, "Median days waited before booking (n = " + inWords(engagement.bookedFromWaitlist()) + ")",
                CsvExport.number(engagement.medianDaysWaited()));
        document.add(attendance);

        if (!report.therapists().isEmpty()) {
            document.add(new Paragraph("Therapists (ranked only with at least " + TherapistFigures.MINIMUM_FOR_RANKING
                    + " couples classified)", HEADING));
            PdfPTable therapists = table(6);
            List.of("Therapist", "Rank", "Couples improved (n)", "Mean change (n)", "Episodes in the period", "Started")
                    .forEach(h -> therapists.addCell(new Paragraph(h, BODY)));
            for (TherapistFigures t : report.therapists()) {
                therapists.addCell(new Paragraph(t.name(), BODY));
                therapists.addCell(new Paragraph(t.rank() == null ? "not ranked" : String.valueOf(t.rank()), BODY));
                therapists.addCell(new Paragraph(CsvExport.percent(t.shareCouplesImproved()) + " (" + inWords(t.couplesClassified()) + ")",
                        BODY));
                therapists.addCell(new Paragraph(CsvExport.number(t.meanChange()) + " (" + inWords(t.partnersMeasured()) + ")",
                        BODY));
                therapists.addCell(new Paragraph(inWords(t.episodes()), BODY));
                therapists.addCell(new Paragraph(inWords(t.started()), BODY));
            }
            document.add(therapists);
        }
        document.close();
        return out.toByteArray();
    }

    private static void classTable(Document document, String who, Classification classification) {
        document.add(new Paragraph(who + ": " + SmallCounts.total(classification.classified()) + " classified, "
                + inWords(classification.tooFewMeasures()) + " with too few measures, " + inWords(classification.withoutNorms())
                + " not classified for want of norms", BODY));
        PdfPTable table = table(3);
        for (ClassCount c : classification.classes()) {
            table.addCell(new Paragraph(c.label(), BODY));
            table.addCell(new Paragraph(inWords(c.count()), BODY));
            table.addCell(new Paragraph(CsvExport.percent(c.share()), BODY));
        }
        document.add(table);
    }

    /**
     * One stacked bar with its name above, each segment wide enough for it labelled with its share, and a key
     * under it that names every class with its colour, share and count.
     */
    private static void labelledBar(Document document, PdfWriter writer, String name, Classification classification) {
        document.add(new Paragraph(name, BODY));
        document.add(new Paragraph(" ", BODY));
        float top = writer.getVerticalPosition(true);
        PdfContentByte canvas = writer.getDirectContent();
        float x = 40;
        float width = 515;
        canvas.saveState();
        canvas.setColorStroke(Color.DARK_GRAY);
        canvas.rectangle(x, top - BAR_HEIGHT, width, BAR_HEIGHT);
        canvas.stroke();
        for (ClassCount c : classification.classes()) {
            if (c.share() == null || c.share() == 0) {
                continue;
            }
            float w = (float) (c.share() * width);
            canvas.setColorFill(Color.decode(ClassColours.of(c.outcomeClass())));
            canvas.rectangle(x, top - BAR_HEIGHT, w, BAR_HEIGHT);
            canvas.fill();
            if (w >= 28) {
                canvas.beginText();
                canvas.setFontAndSize(LABEL_FONT, 8);
                canvas.setColorFill(Color.BLACK);
                canvas.showTextAligned(Element.ALIGN_CENTER, CsvExport.percent(c.share()), x + w / 2, top - BAR_HEIGHT + 7, 0);
                canvas.endText();
            }
            x += w;
        }
        canvas.restoreState();
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph(" ", BODY));
        Paragraph key = new Paragraph();
        for (ClassCount c : classification.classes()) {
            key.add(new Chunk("\u2022 ", new Font(Font.HELVETICA, 14, Font.BOLD, Color.decode(ClassColours.of(c.outcomeClass())))));
            key.add(new Chunk(c.label() + " " + CsvExport.percent(c.share()) + " (" + inWords(c.count()) + ")    ", BODY));
        }
        document.add(key);
    }

    static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        return table;
    }

    static void row(PdfPTable table, String label, Object value) {
        table.addCell(new Paragraph(label, BODY));
        table.addCell(new Paragraph(String.valueOf(value), BODY));
    }
}
