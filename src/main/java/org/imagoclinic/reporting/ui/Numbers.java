package org.imagoclinic.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.imagoclinic.shared.ui.components.Chart;

/**
 * A chart with the numbers behind it one click away ("Show the numbers"); with no numbers in the
 * period, a sentence that says so and what to try instead of an empty chart.
 */
class Numbers extends VerticalLayout {

    final Chart chart = new Chart();
    final Grid<List<String>> table = new Grid<>();
    final Button toggle = new Button("Show the numbers");
    static final String NO_DATA = "No data in this period. Choose a longer period or another therapist, "
            + "or come back once sessions have been recorded.";

    final Paragraph nothing = new Paragraph(NO_DATA);

    Numbers(String... headers) {
        setPadding(false);
        for (int i = 0; i < headers.length; i++) {
            int column = i;
            table.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(headers[i]);
        }
        table.setAllRowsVisible(true);
        table.setVisible(false);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(click -> {
            table.setVisible(!table.isVisible());
            toggle.setText(table.isVisible() ? "Hide the numbers" : "Show the numbers");
        });
        nothing.addClassName("no-data");
        nothing.getStyle().set("color", "var(--lumo-secondary-text-color)");
        nothing.setVisible(false);
        add(nothing, chart, toggle, table);
    }

    void show(java.util.Map<String, Object> option, List<List<String>> rows) {
        show(option, rows, !rows.isEmpty());
    }

    /** As {@link #show(java.util.Map, List)}, for rows that exist even when all their counts are zero. */
    void show(java.util.Map<String, Object> option, List<List<String>> rows, boolean anyData) {
        nothing.setText(NO_DATA);
        chart.setOption(option);
        table.setItems(rows);
        boolean empty = !anyData;
        nothing.setVisible(empty);
        chart.setVisible(!empty);
        toggle.setVisible(!empty);
        if (empty) {
            table.setVisible(false);
            toggle.setText("Show the numbers");
        }
    }

    /** No chart at all, and why: the figures can't be made yet (e.g. without norms), not merely absent. */
    void explain(String why) {
        show(java.util.Map.of(), List.of(), false);
        nothing.setText(why);
    }
}
