package org.imagoclinic.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.reporting.ClassColours;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.imagoclinic.reporting.SmallCounts;
import org.jspecify.annotations.Nullable;

/** ECharts options for the reports' charts, as maps. */
final class Charts {

    static final java.time.format.DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private Charts() {
    }

    /**
     * Two stacked bars, partners above and couples below, each in its own grid with its own legend, since
     * their classes differ; one colour per meaning ({@link ClassColours}); every segment labelled with its
     * share and count, and each bar with its n.
     */
    static Map<String, Object> stackedClasses(Classification partners, Classification couples) {
        List<Object> series = new ArrayList<>();
        series.addAll(classSeries(partners, 0));
        series.addAll(classSeries(couples, 1));
        return Map.of("tooltip", Map.of("trigger", "item"),
                "legend", List.of(legend(partners, "Partners", "0%"), legend(couples, "Couples", "52%")),
                "grid", List.of(Map.of("top", "12%", "height", "24%", "left", 150, "right", 30),
                        Map.of("top", "64%", "height", "24%", "left", 150, "right", 30)),
                "xAxis", List.of(shareAxis(0), shareAxis(1)),
                "yAxis", List.of(groupAxis(0, "Partners (n = " + SmallCounts.total(partners.classified()) + ")"),
                        groupAxis(1, "Couples (n = " + SmallCounts.total(couples.classified()) + ")")),
                "series", series);
    }

    private static Map<String, Object> legend(Classification classification, String who, String top) {
        return Map.of("top", top, "left", 0,
                "data", classification.classes().stream().map(c -> seriesName(who, c)).toList());
    }

    /** "Partner: Deteriorated", "Couple: No reliable change": each legend entry says which bar it is for. */
    private static String seriesName(String who, ClassCount c) {
        return (who.equals("Partners") ? "Partner: " : "Couple: ") + c.label();
    }

    private static List<Object> classSeries(Classification classification, int grid) {
        String who = grid == 0 ? "Partners" : "Couples";
        List<Object> series = new ArrayList<>();
        for (ClassCount c : classification.classes()) {
            double share = c.share() == null ? 0 : Math.round(c.share() * 1000) / 10.0;
            String text = c.share() == null ? "" : percent(c.share()) + " (" + SmallCounts.inWords(c.count()) + ")";
            series.add(Map.of("name", seriesName(who, c), "type", "bar", "stack", who, "xAxisIndex", grid,
                    "yAxisIndex", grid, "itemStyle", Map.of("color", ClassColours.of(c.outcomeClass())),
                    "label", Map.of("show", share > 0, "formatter", text, "color", "#000"),
                    "data", List.of(share)));
        }
        return series;
    }

    private static Map<String, Object> shareAxis(int grid) {
        return Map.of("type", "value", "gridIndex", grid, "max", 100, "name", "% of those classified",
                "nameLocation", "middle", "nameGap", 22, "axisLabel", Map.of("formatter", "{value} %"));
    }

    private static Map<String, Object> groupAxis(int grid, String name) {
        return Map.of("type", "category", "gridIndex", grid, "data", List.of(name));
    }

    /** Bars per category. */
    static Map<String, Object> bars(List<String> categories, String name, List<? extends Number> values) {
        return Map.of("tooltip", Map.of("trigger", "axis"), "xAxis", Map.of("type", "category", "data", categories),
                "yAxis", Map.of("type", "value"), "series", List.of(Map.of("name", name, "type", "bar", "data", values)));
    }

    /** Points (x, y), one per item; an item without both values is left out. */
    static Map<String, Object> points(String xName, String yName, List<@Nullable Number[]> points) {
        List<Number[]> shown = points.stream().filter(p -> p != null && p[0] != null && p[1] != null).toList();
        return Map.of("tooltip", Map.of("trigger", "item"),
                "xAxis", Map.of("type", "value", "name", xName, "nameLocation", "middle", "nameGap", 28),
                "yAxis", Map.of("type", "value", "name", yName), "series", List.of(Map.of("name", yName, "type", "scatter",
                        "symbolSize", 12, "data", shown)));
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
     * The option with titles on both axes and, when given, the value axis held to a range (a 1–5 rating on
     * a 1–5 axis, a rate on 0–100 %), so that the scale can't exaggerate a change.
     */
    static Map<String, Object> titled(Map<String, Object> option, String xTitle, String yTitle, @Nullable Number yMin,
                                      @Nullable Number yMax) {
        var titled = new java.util.LinkedHashMap<>(option);
        var x = new java.util.LinkedHashMap<String, Object>(castMap(option.get("xAxis")));
        x.put("name", xTitle);
        x.put("nameLocation", "middle");
        x.put("nameGap", 28);
        var y = new java.util.LinkedHashMap<String, Object>(castMap(option.get("yAxis")));
        y.put("name", yTitle);
        y.put("nameLocation", "middle");
        y.put("nameGap", 40);
        if (yMin != null) {
            y.put("min", yMin);
        }
        if (yMax != null) {
            y.put("max", yMax);
        }
        titled.put("xAxis", x);
        titled.put("yAxis", y);
        titled.put("grid", Map.of("left", 60, "bottom", 70));
        return titled;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
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
