package org.imagoclinic.portal.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.imagoclinic.portal.ConsentSignature;
import org.imagoclinic.portal.ConsentText;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A signed consent as a PDF: the text as signed and the facts of the signature. It names only the partner
 * who signed, never the other partner, so it can go to that partner as well as into the couple's file.
 */
final class ConsentPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss z", Locale.UK);

    private ConsentPdf() {
    }

    static byte[] write(ConsentText text, ConsentSignature signature, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text.title(), TITLE));
        document.add(new Paragraph("Imago Clinic · version " + text.version() + " of this text", BODY));
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph(text.body(), BODY));
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("Signed electronically", HEADING));
        document.add(new Paragraph("Name typed to sign: " + signature.typedName(), BODY));
        document.add(new Paragraph("Signed at: " + STAMP.format(signature.signedAt().atZone(zone)), BODY));
        document.add(new Paragraph("From IP address: " + (signature.ipAddress() == null ? "not known" : signature.ipAddress()),
                BODY));
        document.add(new Paragraph("SHA-256 of the text signed: " + signature.textSha256(), BODY));
        document.close();
        return out.toByteArray();
    }
}
