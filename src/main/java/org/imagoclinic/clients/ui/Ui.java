package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small things the clients views share: dates, badges, cards, and service errors shown next to fields (messages: Feedback). */
final class Ui {

    static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();
    static final DateTimeFormatter WHEN = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME.formatter();

    private Ui() {
    }

    static String day(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Span muted(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    /** A bordered card for one record (a partner, a screen, an episode). */
    static Div card(Component... content) {
        Div card = new Div(content);
        card.setWidthFull();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        return card;
    }

    /** A message that needs attention, in the error colours. */
    static Div alert(String text) {
        Div alert = new Div(new Paragraph(text));
        alert.setWidthFull();
        alert.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        return alert;
    }

    /** Terms and their descriptions in two columns. */
    static DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-s)");
        return facts;
    }

    /** One fact; a dash when there is nothing to say. */
    static void fact(DescriptionList facts, String term, @Nullable String description) {
        DescriptionList.Term dt = new DescriptionList.Term(term);
        dt.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DescriptionList.Description dd = new DescriptionList.Description(
                description == null || description.isBlank() ? "—" : description);
        dd.getStyle().set("margin", "0");
        facts.add(dt, dd);
    }

    /**
     * Shows each of a service's field messages next to its field. A key matches a field when it
     * equals the prefix plus the field's name ({@code partnerA.details.} + {@code email}).
     *
     * @return the messages that match no field, to be shown otherwise
     */
    static List<String> showFieldErrors(Map<String, String> errors, String prefix, Map<String, ? extends HasValidation> fields) {
        Map<String, String> unmatched = new LinkedHashMap<>(errors);
        errors.forEach((key, message) -> {
            if (key.startsWith(prefix) && fields.containsKey(key.substring(prefix.length()))) {
                HasValidation field = fields.get(key.substring(prefix.length()));
                field.setErrorMessage(message);
                field.setInvalid(true);
                unmatched.remove(key);
            }
        });
        return List.copyOf(unmatched.values());
    }

    /** A component with an id, for tests and for the reader of the page's markup. */
    static <C extends Component> C withId(C component, String id) {
        component.setId(id);
        return component;
    }
}
