package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.jspecify.annotations.Nullable;

/** Choosing one of the couple's two partners. */
final class Partners {

    private Partners() {
    }

    static Select<Partner> select(Couple couple, String label) {
        Select<Partner> select = new Select<>();
        select.setLabel(label);
        select.setItems(List.of(couple.partnerA(), couple.partnerB()));
        select.setItemLabelGenerator(partner -> partner == null ? "" : partner.displayName());
        return select;
    }

    static @Nullable UUID id(Select<Partner> select) {
        return select.getValue() == null ? null : select.getValue().personId();
    }

    static @Nullable Partner of(Couple couple, @Nullable UUID personId) {
        if (personId == null) {
            return null;
        }
        return couple.partnerA().personId().equals(personId) ? couple.partnerA()
                : couple.partnerB().personId().equals(personId) ? couple.partnerB() : null;
    }

    static String name(Couple couple, @Nullable UUID personId) {
        Partner partner = of(couple, personId);
        return partner == null ? "" : partner.displayName();
    }

    static Partner other(Couple couple, Partner partner) {
        return partner.personId().equals(couple.partnerA().personId()) ? couple.partnerB() : couple.partnerA();
    }
}
