package org.imagoclinic.billing.internal;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagoclinic.billing.Diagnosis;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.internal.SuperbillService.Contents;
import org.imagoclinic.billing.internal.SuperbillService.Line;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.staff.ProviderIdentity;
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
 * A superbill as a PDF: what an insurer asks for to reimburse an out-of-network claim, and nothing of
 * what happened in a session. Dates are written as insurers' forms use them (MM/DD/YYYY).
 */
@Component
class SuperbillPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 8);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private final BillingSettings settings;

    SuperbillPdf(BillingSettings settings) {
        this.settings = settings;
    }

    byte[] write(Contents superbill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 45, 45, 45, 45);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Superbill", TITLE));
        document.add(new Paragraph("Statement of services for insurance reimbursement, " + DAY.format(superbill.from())
                + " to " + DAY.format(superbill.to()), BODY));
        heading(document, "Clinic");
        line(document, settings.clinicName());
        line(document, settings.clinicAddress());
        line(document, settings.taxId().isBlank() ? "" : "Tax id (EIN): " + settings.taxId());
        line(document, settings.clinicNpi().isBlank() ? "" : "Clinic NPI: " + settings.clinicNpi());
        line(document, "Place of service: " + settings.placeOfService());
        heading(document, "Rendering provider" + (superbill.providers().size() > 1 ? "s" : ""));
        for (ProviderIdentity provider : superbill.providers()) {
            line(document, provider.displayName() + ", " + provider.credentials()
                    + (provider.licenceNumber() == null ? "" : " · licence " + provider.licenceNumber())
                    + (provider.npi() == null ? "" : " · NPI " + provider.npi()));
        }
        heading(document, "Patient");
        PartnerDetails patient = superbill.patient().details();
        line(document, patient.firstName() + " " + patient.lastName() + ", born " + DAY.format(patient.dateOfBirth()));
        line(document, patient.address() == null ? "" : patient.address());
        heading(document, "Diagnoses (ICD-10)");
        char pointer = 'A';
        for (Diagnosis diagnosis : superbill.diagnoses()) {
            line(document, pointer++ + ". " + diagnosis.code() + " " + diagnosis.description());
        }
        document.add(new Paragraph(" ", BODY));
        document.add(services(superbill));
        document.add(new Paragraph(" ", BODY));
        line(document, "Fees are in " + settings.currency() + ". The client paid the clinic directly; the clinic does "
                + "not bill the insurer for these services.");
        document.close();
        return out.toByteArray();
    }

    private PdfPTable services(Contents superbill) {
        PdfPTable table = new PdfPTable(new float[] {1.7f, 1f, 1.1f, 1.3f, 5f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Date", "POS", "CPT", "Diagnosis", "Service", "Fee", "Paid"}) {
            table.addCell(new PdfPCell(new Phrase(heading, BOLD)));
        }
        String pointers = "ABCDEFGHIJKL".substring(0, Math.min(superbill.diagnoses().size(), 12));
        Money fees = Money.ZERO;
        Money paid = Money.ZERO;
        for (Line line : superbill.lines()) {
            table.addCell(new Phrase(DAY.format(line.day()), BODY));
            table.addCell(new Phrase(settings.placeOfService(), BODY));
            table.addCell(new Phrase(line.cptCode(), BODY));
            table.addCell(new Phrase(pointers, BODY));
            table.addCell(new Phrase(line.description(), BODY));
            table.addCell(amount(line.fee(), BODY));
            table.addCell(amount(line.paid(), BODY));
            fees = fees.plus(line.fee());
            paid = paid.plus(line.paid());
        }
        PdfPCell label = new PdfPCell(new Phrase("Total", BOLD));
        label.setColspan(5);
        table.addCell(label);
        table.addCell(amount(fees, BOLD));
        table.addCell(amount(paid, BOLD));
        return table;
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(8);
        document.add(heading);
    }

    private static void line(Document document, String text) {
        if (!text.isBlank()) {
            document.add(new Paragraph(text, BODY));
        }
    }

    private static PdfPCell amount(Money amount, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(amount.amount().toPlainString(), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
