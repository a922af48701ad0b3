package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import org.imagoclinic.shared.InputLimits;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A list of rows the therapist adds to (e.g. vision statements), each row reading back one item. */
class Rows<R> extends VerticalLayout {

    /** One row: its fields, and the item they make (null when the row is left empty). */
    interface Row<R> {
        Component component();

        R item();

        boolean empty();

        /** The row's fields by the key of the item's property, e.g. "text", "rank". */
        java.util.Map<String, com.vaadin.flow.component.HasValidation> fields();
    }

    private final Function<R, Row<R>> filled;
    private final Supplier<Row<R>> blank;
    private final List<Row<R>> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Button addButton;
    private final Span full = new Span("A list holds at most " + InputLimits.ITEMS + " entries.");

    Rows(String label, String addLabel, Supplier<Row<R>> blank, Function<R, Row<R>> filled) {
        this.blank = blank;
        this.filled = filled;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Span heading = new Span(label);
        heading.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        addButton = new Button(addLabel, click -> add(this.blank.get()));
        addButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        full.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(heading, list, addButton, full);
        add(blank.get());
    }

    private void add(Row<R> row) {
        rows.add(row);
        HorizontalLayout line = new HorizontalLayout(row.component());
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWidthFull();
        list.add(line);
        boolean room = rows.size() < InputLimits.ITEMS;
        addButton.setEnabled(room);
        full.setVisible(!room);
    }

    /** The n-th row, as it is on screen. */
    Row<R> row(int index) {
        return rows.get(index);
    }

    /** The items of the rows that are not empty, in order. */
    List<R> items() {
        return rows.stream().filter(row -> !row.empty()).map(Row::item).toList();
    }

    /** Shows a message next to a field of the n-th non-empty row; false when there is no such field. */
    boolean showError(int index, String property, String message) {
        List<Row<R>> filledRows = rows.stream().filter(row -> !row.empty()).toList();
        if (index < 0 || index >= filledRows.size()) {
            return false;
        }
        var field = filledRows.get(index).fields().get(property);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    void clearErrors() {
        rows.forEach(row -> row.fields().values().forEach(field -> field.setInvalid(false)));
    }

    void fill(List<R> items) {
        rows.clear();
        list.removeAll();
        items.forEach(item -> add(filled.apply(item)));
        if (items.isEmpty()) {
            add(blank.get());
        }
    }
}
