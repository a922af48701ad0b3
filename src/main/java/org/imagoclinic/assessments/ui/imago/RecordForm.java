package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;

/**
 * A form for one kind of Imago record: the guiding prompts a therapist uses in the room, the fields,
 * and messages next to the fields named by the service's field keys ({@code content.topic}).
 */
abstract class RecordForm<T extends ImagoContent> extends VerticalLayout {

    private static final Pattern ROW_KEY = Pattern.compile("(.+)\\[(\\d+)]\\.(\\w+)");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Rows<?>> rowLists = new LinkedHashMap<>();
    protected final Couple couple;

    RecordForm(Couple couple) {
        this.couple = couple;
        setPadding(false);
        setSpacing(true);
    }

    abstract ImagoRecordKind kind();

    /** What the form holds, as the service takes it. */
    abstract T content();

    /** Fills the form from an earlier version, to revise it. */
    abstract void fill(T content);

    /** The room's guiding prompts, shown above the fields. */
    protected Component prompts(String title, String... lines) {
        Div box = new Div();
        box.addClassName("imago-prompts");
        box.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Paragraph heading = new Paragraph(title);
        heading.getStyle().set("font-weight", "600").set("margin", "0");
        UnorderedList list = new UnorderedList(Arrays.stream(lines).map(ListItem::new).toArray(ListItem[]::new));
        list.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
        box.add(heading, list);
        return box;
    }

    /** Registers a field under the service's key, so that its message appears next to it. */
    protected <F extends HasValidation> F field(String key, F field) {
        fields.put(key, field);
        return field;
    }

    /** Registers a list of rows under the service's key, e.g. "content.statements". */
    protected <R> Rows<R> rows(String key, Rows<R> rows) {
        rowLists.put(key, rows);
        return rows;
    }

    /** Shows each message next to its field; returns the messages no field of the form shows. */
    Map<String, String> showErrors(Map<String, String> errors) {
        fields.values().forEach(field -> field.setInvalid(false));
        rowLists.values().forEach(Rows::clearErrors);
        Map<String, String> unplaced = new LinkedHashMap<>();
        errors.forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (!inRow(key, message)) {
                unplaced.put(key, message);
            }
        });
        return unplaced;
    }

    private boolean inRow(String key, String message) {
        Matcher matcher = ROW_KEY.matcher(key);
        if (!matcher.matches() || !rowLists.containsKey(matcher.group(1))) {
            return false;
        }
        return rowLists.get(matcher.group(1)).showError(Integer.parseInt(matcher.group(2)), matcher.group(3), message);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static @Nullable String orNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The non-blank lines of a text area, trimmed. */
    static List<String> lines(@Nullable String value) {
        return value == null ? List.of() : value.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    static String joinLines(List<String> lines) {
        return String.join("\n", lines.stream().filter(Objects::nonNull).toList());
    }
}
