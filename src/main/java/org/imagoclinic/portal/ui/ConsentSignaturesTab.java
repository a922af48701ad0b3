package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.portal.ConsentSignature;
import org.imagoclinic.portal.ConsentSigning;
import org.imagoclinic.portal.ConsentText;
import org.imagoclinic.portal.ConsentTexts;
import org.imagoclinic.security.RecordKind;

/**
 * The couple page's "Signed consents" tab: who signed which version of which text in the portal, with the
 * name typed, the time, the IP address and the text's SHA-256, each with its PDF; and what each partner
 * has still to sign.
 */
@org.springframework.stereotype.Component
class ConsentSignaturesTab implements CoupleTab {

    private static final DateTimeFormatter STAMP = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME_TO_THE_SECOND.formatter();

    private final Couples couples;
    private final ConsentSigning signing;
    private final ConsentTexts texts;
    private final Clock clock;

    ConsentSignaturesTab(Couples couples, ConsentSigning signing, ConsentTexts texts, Clock clock) {
        this.couples = couples;
        this.signing = signing;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Signed consents";
    }

    @Override
    public int order() {
        return 170;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        List<ConsentSignature> all = signing.ofCouple(coupleId);
        List<ConsentText> current = texts.current();
        VerticalLayout layout = new VerticalLayout(new Paragraph("Consents each partner signed in the portal by typing "
                + "their name. A new version of a text asks them to sign again."));
        layout.setPadding(false);
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            List<ConsentSignature> own = all.stream().filter(one -> one.personId().equals(partner.personId())).toList();
            UnorderedList list = new UnorderedList();
            list.setId("signed-consents-" + partner.slot().name().toLowerCase(Locale.ROOT));
            for (ConsentSignature signature : own) {
                ListItem item = new ListItem(signature.title() + ", version " + signature.version()
                        + (signature.current() ? "" : " (older version)") + ": signed as \"" + signature.typedName()
                        + "\" on " + STAMP.format(signature.signedAt().atZone(clock.getZone())) + " from "
                        + (signature.ipAddress() == null ? "an unknown address" : signature.ipAddress()) + ", SHA-256 "
                        + signature.textSha256().substring(0, 12) + "… · ");
                item.add(ConsentPdfLink.of(signing, signature));
                list.add(item);
            }
            current.stream().filter(text -> own.stream().noneMatch(one -> one.consentTextId().equals(text.id())))
                    .forEach(text -> list.add(new ListItem("Not signed yet: " + text.title() + ", version " + text.version())));
            layout.add(new H4(partner.displayName()), list);
        }
        return layout;
    }
}
