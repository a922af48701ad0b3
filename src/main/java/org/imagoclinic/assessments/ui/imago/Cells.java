package org.imagoclinic.assessments.ui.imago;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.imagoclinic.shared.InputLimits;
import org.jspecify.annotations.Nullable;

/** Rows of a text and one or two choices, for the Imago lists (behaviours, statements, exits). */
final class Cells {

    private Cells() {
    }

    static TextField text(String placeholder, @Nullable String value) {
        TextField field = new TextField();
        field.setPlaceholder(placeholder);
        field.setWidth("28em");
        field.setMaxLength(InputLimits.LINE);
        field.setValue(value == null ? "" : value);
        return field;
    }

    @SafeVarargs
    static <V> Select<V> choice(String placeholder, Function<V, String> label, @Nullable V value, V... items) {
        Select<V> select = new Select<>();
        select.setPlaceholder(placeholder);
        select.setItems(items);
        select.setItemLabelGenerator(label::apply);
        select.setWidth("10em");
        if (value != null) {
            select.setValue(value);
        }
        return select;
    }

    /** A row whose item is read from its fields; empty while the text is blank. */
    static <R> Rows.Row<R> row(TextField text, Supplier<R> item, Map<String, HasValidation> fields, Component... others) {
        HorizontalLayout layout = new HorizontalLayout(text);
        layout.add(others);
        return new Rows.Row<>() {
            @Override
            public Component component() {
                return layout;
            }

            @Override
            public R item() {
                return item.get();
            }

            @Override
            public boolean empty() {
                return text.getValue().isBlank();
            }

            @Override
            public Map<String, HasValidation> fields() {
                return fields;
            }
        };
    }
}
