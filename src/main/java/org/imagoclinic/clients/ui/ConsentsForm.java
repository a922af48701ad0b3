package org.imagoclinic.clients.ui;

import org.imagoclinic.shared.PlausibleDates;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.PartnerSlot;

/**
 * Each partner's consents as checkboxes, one row per kind, each box labelled on screen with the
 * partner it is for and read out with the consent too ("Treatment consent, Partner A"). Produces an entry for every box that
 * differs from how it started: a consent given, or one withdrawn.
 */
class ConsentsForm extends VerticalLayout {

    final DatePicker on = new DatePicker("Given or withdrawn on");
    private final Map<ConsentKind, Checkbox> partnerA = new EnumMap<>(ConsentKind.class);
    private final Map<ConsentKind, Checkbox> partnerB = new EnumMap<>(ConsentKind.class);
    private final transient BiPredicate<ConsentKind, PartnerSlot> initially;

    /**
     * @param nameA how partner A is called on the form
     * @param initially whether a consent is in force when the form opens
     */
    ConsentsForm(Clock clock, String nameA, String nameB, BiPredicate<ConsentKind, PartnerSlot> initially) {
        this.initially = initially;
        setPadding(false);
        on.setValue(LocalDate.now(clock));
        on.setMax(LocalDate.now(clock));
        on.setMin(PlausibleDates.earliest());
        Div table = new Div();
        table.getStyle().set("display", "grid").set("grid-template-columns", "1fr auto auto")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)").set("align-items", "center");
        for (ConsentKind kind : ConsentKind.values()) {
            Checkbox a = box(kind, PartnerSlot.A, nameA);
            Checkbox b = box(kind, PartnerSlot.B, nameB);
            partnerA.put(kind, a);
            partnerB.put(kind, b);
            table.add(new Span(kind.label()), a, b);
        }
        add(table, on);
    }

    private Checkbox box(ConsentKind kind, PartnerSlot slot, String name) {
        // the visible label is part of the name read out (WCAG 2.5.3, label in name)
        Checkbox box = new Checkbox(name);
        box.setAriaLabel(kind.label() + ", " + name);
        box.setId("consent-" + kind.name().toLowerCase(Locale.ROOT) + "-" + slot.name().toLowerCase(Locale.ROOT));
        box.setValue(initially.test(kind, slot));
        return box;
    }

    Checkbox box(ConsentKind kind, PartnerSlot slot) {
        return slot == PartnerSlot.A ? partnerA.get(kind) : partnerB.get(kind);
    }

    /** The changes, dated. */
    List<ConsentEntry> entries() {
        List<ConsentEntry> entries = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            for (PartnerSlot slot : PartnerSlot.values()) {
                boolean given = box(kind, slot).getValue();
                if (given != initially.test(kind, slot)) {
                    entries.add(new ConsentEntry(kind, slot, given, on.getValue()));
                }
            }
        }
        return entries;
    }
}
