package org.imagoclinic.billing.internal;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.imagoclinic.billing.CreditNote;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.InvoiceLine;
import org.imagoclinic.billing.Money;
import org.imagoclinic.clients.Couple;
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

/**
 * An invoice as a PDF (OpenPDF, as the reports use): the clinic's details, the number and dates, whom
 * it is addressed to, the lines with their CPT codes, credit notes and payments so far, and what is due.
 * No clinical content: a line says what kind of session it was, nothing of what happened in it.
 */
@Component
class InvoicePdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final BillingSettings settings;

    InvoicePdf(BillingSettings settings) {
        this.settings = settings;
    }

    /**
     * The invoice as printed: an invoice of one partner's own individual sessions names that partner alone.
     *
     * @param withCodes whether the lines show their CPT codes; a copy mailed to a third party who pays
     *                  leaves them out, as it needs only dates, services and amounts
     */
    byte[] write(Invoice invoice, Couple couple, boolean withCodes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(settings.clinicName(), TITLE));
        if (!settings.clinicAddress().isBlank()) {
            document.add(new Paragraph(settings.clinicAddress(), BODY));
        }
        if (!settings.taxId().isBlank()) {
            document.add(new Paragraph("Tax id: " + settings.taxId(), BODY));
        }
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("Invoice " + invoice.number(), TITLE));
        document.add(new Paragraph("Issued " + DAY.format(invoice.issuedOn()) + ", due " + DAY.format(invoice.dueOn()), BODY));
        document.add(new Paragraph("To: " + invoice.payerName(), BODY));
        document.add(new Paragraph("For the sessions of " + (invoice.ownOf() == null
                ? couple.partnerA().displayName() + " and " + couple.partnerB().displayName()
                : PayerRules.partnerOf(couple, invoice.ownOf()).displayName()), BODY));
        document.add(new Paragraph(" ", BODY));

        PdfPTable lines = withCodes ? new PdfPTable(new float[] {2.2f, 6f, 1.4f, 2f})
                : new PdfPTable(new float[] {2.2f, 7.4f, 2f});
        lines.setWidthPercentage(100);
        for (String heading : withCodes ? new String[] {"Date", "Service", "CPT", "Amount (" + invoice.currency() + ")"}
                : new String[] {"Date", "Service", "Amount (" + invoice.currency() + ")"}) {
            lines.addCell(new PdfPCell(new Phrase(heading, BOLD)));
        }
        for (InvoiceLine line : invoice.lines()) {
            lines.addCell(new Phrase(DAY.format(line.serviceDate()), BODY));
            lines.addCell(new Phrase(line.description(), BODY));
            if (withCodes) {
                lines.addCell(new Phrase(line.cptCode() == null ? "" : line.cptCode(), BODY));
            }
            lines.addCell(amount(line.amount(), BODY));
        }
        sum(lines, "Total", invoice.total(), BOLD);
        for (CreditNote note : invoice.creditNotes()) {
            sum(lines, "Credit note " + note.number() + " (" + note.reason() + ")", note.amount().negate(), BODY);
        }
        if (!invoice.paid().isZero()) {
            sum(lines, "Paid", invoice.paid().negate(), BODY);
        }
        sum(lines, "Due", invoice.outstanding(), BOLD);
        document.add(lines);
        document.close();
        return out.toByteArray();
    }

    private static void sum(PdfPTable table, String label, Money amount, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(label, font));
        cell.setColspan(table.getNumberOfColumns() - 1);
        table.addCell(cell);
        table.addCell(amount(amount, font));
    }

    private static PdfPCell amount(Money amount, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(amount.amount().toPlainString(), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
