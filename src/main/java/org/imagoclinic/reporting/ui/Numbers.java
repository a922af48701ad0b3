package org.imagoclinic.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.imagoclinic.shared.ui.components.Chart;

/** A chart with the numbers behind it one click away ("Show the numbers"). */
class Numbers extends VerticalLayout {

    final Chart chart = new Chart();
    final Grid<List<String>> table = new Grid<>();
    final Button toggle = new Button("Show the numbers");

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
        add(chart, toggle, table);
    }

    void show(java.util.Map<String, Object> option, List<List<String>> rows) {
        chart.setOption(option);
        table.setItems(rows);
    }
}
