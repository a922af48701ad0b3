package org.imagoclinic.assessments.internal.plan;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagoclinic.assessments.CoursePlan;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The course plan as a PDF for the couple's file (OpenPDF, as reporting's exports): goals with what
 * each is drawn from, its target and review day; the outcome targets and where each partner stands;
 * the reviews with the progress per goal; who printed it and when.
 */
@Component
class CoursePlanPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);

    private final Clock clock;

    CoursePlanPdf(Clock clock) {
        this.clock = clock;
    }

    byte[] write(CoursePlan plan, String printedBy) {
        LocalDate printedOn = LocalDate.now(clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Course plan: " + plan.coupleName(), TITLE));
        document.add(new Paragraph("Version " + plan.version() + ", saved by " + plan.savedBy() + " on "
                + DAY.format(plan.savedAt().atZone(clock.getZone()).toLocalDate())
                + (plan.nextReviewOn() == null ? "" : ". Next review: " + DAY.format(plan.nextReviewOn())
                + (plan.overdue() ? " (overdue)" : "")), TEXT));

        document.add(new Paragraph("Goals", SECTION));
        PdfPTable goals = new PdfPTable(new float[] {3, 3, 3, 1.4f});
        goals.setWidthPercentage(100);
        goals.setSpacingBefore(4);
        for (String heading : new String[] {"Drawn from", "Goal", "Target", "Review by"}) {
            goals.addCell(new PdfPCell(new Phrase(heading, LABEL)));
        }
        for (CoursePlan.Goal goal : plan.goals()) {
            goals.addCell(new Phrase(goal.source().label() + (goal.partnerName() == null ? "" : " (" + goal.partnerName()
                    + ")") + ": " + goal.drawnFrom(), TEXT));
            goals.addCell(new Phrase(goal.goal(), TEXT));
            goals.addCell(new Phrase(goal.target(), TEXT));
            goals.addCell(new Phrase(DAY.format(goal.reviewOn()), TEXT));
        }
        document.add(goals);

        document.add(new Paragraph("Outcome targets", SECTION));
        CoursePlan.OutcomeTargets targets = plan.targets();
        if (!targets.eachAboveCutoff() && !targets.reliableImprovementForBoth()) {
            document.add(new Paragraph("None set.", TEXT));
        }
        if (targets.eachAboveCutoff()) {
            document.add(new Paragraph("Each partner out of the clinical range (above the cut-off).", TEXT));
        }
        if (targets.reliableImprovementForBoth()) {
            document.add(new Paragraph("A reliable improvement for both partners.", TEXT));
        }
        plan.targetProgress().forEach(partner -> document.add(new Paragraph("Now: " + partner.describe(), TEXT)));
        document.add(new Paragraph("Norms: " + plan.normsUsed(), TEXT));

        document.add(new Paragraph("Reviews", SECTION));
        if (plan.reviews().isEmpty()) {
            document.add(new Paragraph("Not reviewed yet.", TEXT));
        }
        for (CoursePlan.Review review : plan.reviews()) {
            document.add(new Paragraph(DAY.format(review.reviewedOn()) + ", " + review.reviewedBy()
                    + (review.afterSessions() == null ? "" : ", measure review after " + review.afterSessions()
                    + " joint sessions"), LABEL));
            review.progress().forEach(progress -> document.add(new Paragraph("  " + progress.goal() + ": "
                    + progress.progress().label() + (progress.comment() == null ? "" : " (" + progress.comment() + ")"),
                    TEXT)));
            if (review.note() != null) {
                document.add(new Paragraph("  " + review.note(), TEXT));
            }
        }
        document.add(new Paragraph("Printed on " + DAY.format(printedOn) + " by " + printedBy + ". Confidential.", TEXT));
        document.close();
        return out.toByteArray();
    }
}
