package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.portal.ConsentSignature;
import org.imagoclinic.portal.ConsentSigning;
import org.imagoclinic.portal.ConsentText;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * Consents to sign (phone first): each current text in full, signed by typing one's name; below, what the
 * partner signed, each with its PDF.
 */
@Route(value = "portal/consents", autoLayout = false)
@PageTitle("Consents · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalConsentsView extends PartnerPortalView {

    private static final DateTimeFormatter STAMP = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME.formatter();

    private final ConsentSigning signing;
    private final Clock clock;

    PortalConsentsView(PortalSession session, ConsentSigning signing, Clock clock) {
        super(session, "Consents");
        this.signing = signing;
        this.clock = clock;
    }

    @Override
    void addContent() {
        List<ConsentText> toSign = signing.toSign();
        if (toSign.isEmpty()) {
            Paragraph none = new Paragraph("Nothing to sign at the moment.");
            none.setId("consents-nothing-to-sign");
            add(none);
        }
        toSign.forEach(text -> add(toSign(text)));
        add(new H2("What you signed"), signed());
    }

    private Div toSign(ConsentText text) {
        Paragraph body = new Paragraph(text.body());
        body.getStyle().set("white-space", "pre-line");
        TextField name = new TextField("Type your full name to sign");
        name.setId("consent-name-" + text.kind().name().toLowerCase(Locale.ROOT));
        name.setMaxLength(InputLimits.NAME);
        name.setWidthFull();
        Button sign = new Button("Sign");
        sign.setId("consent-sign-" + text.kind().name().toLowerCase(Locale.ROOT));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(click -> {
            if (Feedback.attempt(() -> signing.sign(text.id(), name.getValue()), Map.of("typedName", name))) {
                Feedback.done("Signed. A PDF copy is below.");
                show();
            }
        });
        Div card = new Div(new H2(text.title()), new Span("Version " + text.version()), body, name, sign);
        card.addClassName("portal-consent");
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-m)")
                .set("width", "100%");
        return card;
    }

    private UnorderedList signed() {
        UnorderedList list = new UnorderedList();
        list.setId("consents-signed");
        List<ConsentSignature> mine = signing.mine();
        if (mine.isEmpty()) {
            list.add(new ListItem("Nothing signed yet."));
        }
        for (ConsentSignature signature : mine) {
            ListItem item = new ListItem(signature.title() + ", version " + signature.version() + ": signed as \""
                    + signature.typedName() + "\" on " + STAMP.format(signature.signedAt().atZone(clock.getZone()))
                    + (signature.current() ? "" : " (an older version)") + " · ");
            item.add(ConsentPdfLink.of(signing, signature));
            list.add(item);
        }
        return list;
    }
}
