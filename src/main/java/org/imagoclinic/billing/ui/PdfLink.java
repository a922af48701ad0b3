package org.imagoclinic.billing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** A link that downloads a PDF made (and audited) once, when the user prepared it. */
final class PdfLink {

    private PdfLink() {
    }

    static Anchor of(String fileName, byte[] pdf) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)), "Download " + fileName);
        download.getElement().setAttribute("download", true);
        download.setId("pdf-download");
        return download;
    }
}
