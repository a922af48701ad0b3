package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.imagoclinic.portal.ConsentSignature;
import org.imagoclinic.portal.ConsentSigning;

/** A link that downloads a signed consent as a PDF, made when it is followed (and audited then). */
final class ConsentPdfLink {

    private ConsentPdfLink() {
    }

    static Anchor of(ConsentSigning signing, ConsentSignature signature) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = signing.pdf(signature.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "consent-" + signature.kind().name().toLowerCase()
                    + "-v" + signature.version() + ".pdf", "application/pdf", pdf.length);
        }), "PDF");
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.setId("consent-pdf-" + signature.id());
        return anchor;
    }
}
