package org.imagoclinic.billing.internal;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.internal.StatementComposer.Movement;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** A monthly statement as a PDF: the clinic, the addressee, the movements with a running balance. */
@Component
class StatementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final BillingSettings settings;

    StatementPdf(BillingSettings settings) {
        this.settings = settings;
    }

    byte[] write(String addressee, YearMonth month, Money opening, List<Movement> movements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(settings.clinicName(), TITLE));
        if (!settings.clinicAddress().isBlank()) {
            document.add(new Paragraph(settings.clinicAddress(), BODY));
        }
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("Statement for " + MONTH.format(month), TITLE));
        document.add(new Paragraph("To: " + addressee, BODY));
        document.add(new Paragraph(" ", BODY));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 5f, 2f, 2f});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Date", "", "Amount (" + settings.currency() + ")", "Balance"}) {
            table.addCell(new PdfPCell(new Phrase(heading, BOLD)));
        }
        Money balance = opening;
        row(table, DAY.format(month.atDay(1)), "Balance brought forward", null, balance, BODY);
        for (Movement movement : movements) {
            balance = balance.plus(movement.amount());
            row(table, DAY.format(movement.day()), movement.what(), movement.amount(), balance, BODY);
        }
        row(table, DAY.format(month.atEndOfMonth()), balance.isNegative() ? "In credit" : "Due", null, balance, BOLD);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String day, String what, @Nullable Money amount, Money balance, Font font) {
        table.addCell(new Phrase(day, font));
        table.addCell(new Phrase(what, font));
        table.addCell(right(amount == null ? "" : amount.toString(), font));
        table.addCell(right(balance.toString(), font));
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
