package org.imagoclinic.e2e;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imagoclinic.shared.ui.components.Chart;
import org.imagoclinic.shared.ui.components.ClinicCalendar;

/** A page that exists only in the tests, to prove the chart and calendar render in a real browser. */
@Route("test/components")
@PermitAll
public class ComponentsTestView extends VerticalLayout {

    public ComponentsTestView() {
        Chart chart = new Chart();
        chart.setOption(Map.of(
                "xAxis", Map.of("type", "category", "data", List.of("Intake", "Session 4", "Session 8")),
                "yAxis", Map.of("type", "value", "min", 0, "max", 81),
                "series", List.of(Map.of("type", "line", "name", "Partner A", "data", List.of(38, 47, 58)))));

        ClinicCalendar calendar = new ClinicCalendar();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        calendar.setEntries(List.of(new ClinicCalendar.Entry("a1", "Couple session: S & J",
                monday.atTime(10, 0), monday.atTime(11, 30), "#7a3e6e", true)));
        calendar.show(ClinicCalendar.View.WEEK, monday);
        Span clicked = new Span();
        clicked.setId("clicked");
        calendar.addSlotClickListener(click -> clicked.setText("slot " + click.getStart()));
        calendar.addEntryClickListener(click -> clicked.setText("entry " + click.getEntryId()));
        add(chart, calendar, clicked);
    }
}
