package org.imagoclinic.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.jspecify.annotations.Nullable;

/** ECharts options for the reports' charts, as maps. */
final class Charts {

    static final java.time.format.DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();
    static final List<String> CLASS_COLOURS = List.of("#2e7d32", "#81c784", "#bdbdbd", "#e57373");

    private Charts() {
    }

    /** Stacked horizontal bars: one bar per group (partners, couples), one series per class, counts. */
    static Map<String, Object> stackedClasses(Classification partners, Classification couples) {
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < partners.classes().size(); i++) {
            ClassCount partner = partners.classes().get(i);
            ClassCount couple = couples.classes().get(i);
            series.add(Map.of("name", partner.label() + " / " + couple.label(), "type", "bar", "stack", "classes",
                    "itemStyle", Map.of("color", CLASS_COLOURS.get(i)), "data", java.util.Arrays.asList(partner.count(), couple.count())));
        }
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("bottom", 0),
                "xAxis", Map.of("type", "value"), "yAxis", Map.of("type", "category", "data", List.of("Partners", "Couples")),
                "series", series);
    }

    /** Bars per category. */
    static Map<String, Object> bars(List<String> categories, String name, List<? extends Number> values) {
        return Map.of("tooltip", Map.of("trigger", "axis"), "xAxis", Map.of("type", "category", "data", categories),
                "yAxis", Map.of("type", "value"), "series", List.of(Map.of("name", name, "type", "bar", "data", values)));
    }

    /** Lines over categories; a null value leaves a gap. */
    static Map<String, Object> lines(List<String> categories, Map<String, List<@Nullable Number>> series,
                                     @Nullable Map<String, Object> band) {
        List<Object> all = new ArrayList<>();
        boolean first = true;
        for (var entry : series.entrySet()) {
            var line = new java.util.LinkedHashMap<String, Object>();
            line.put("name", entry.getKey());
            line.put("type", "line");
            line.put("data", entry.getValue());
            if (first && band != null) {
                line.put("markArea", band);
            }
            first = false;
            all.add(line);
        }
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("bottom", 0),
                "xAxis", Map.of("type", "category", "data", categories), "yAxis", Map.of("type", "value"), "series", all);
    }

    /**
     * The line that tells a reader without a clinical role why some counts read "fewer than 5" (ADR 0044);
     * hidden until a report says its counts are suppressed.
     */
    static com.vaadin.flow.component.html.Paragraph suppressionNote() {
        var note = new com.vaadin.flow.component.html.Paragraph("Counts from 1 to 4 show as \u201c"
                + org.imagoclinic.reporting.SmallCounts.IN_WORDS + "\u201d so that no couple can be singled out; totals "
                + "that would give one back read \u201c" + org.imagoclinic.reporting.SmallCounts.HIDDEN
                + "\u201d, and rates and means built on them \u201c–\u201d. Therapists and supervisors see exact figures.");
        note.addClassName("small-counts-suppressed");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        note.setVisible(false);
        return note;
    }

    static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

    static String number(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.2f", value);
    }

    static String percent(@Nullable Double share) {
        return share == null ? "–" : String.format(Locale.UK, "%.0f %%", share * 100);
    }
}
