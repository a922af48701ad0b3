package org.imagoclinic.reporting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imagoclinic.reporting.ControlLimits;
import org.imagoclinic.reporting.ShareInterval;
import org.imagoclinic.reporting.TherapistOutcomes;

/**
 * A funnel plot as an ECharts option: each therapist's share against their caseload (the share's n),
 * the clinic's share as the centre line, and the 95 % and 99.8 % control limits around it (ADR 0039).
 */
final class FunnelChart {

    private static final int MOST_POINTS = 200;

    private FunnelChart() {
    }

    /** The option, or an empty map when the clinic has no share to draw the funnel around. */
    static Map<String, Object> option(TherapistOutcomes clinic, List<TherapistOutcomes> therapists,
                                      Function<TherapistOutcomes, ShareInterval> figure) {
        Double target = figure.apply(clinic).share();
        if (target == null) {
            return Map.of();
        }
        List<TherapistOutcomes> drawn = therapists.stream()
                .filter(t -> figure.apply(t).n() != null && figure.apply(t).share() != null).toList();
        int largest = Math.max(1, drawn.stream().mapToInt(t -> figure.apply(t).n()).max().orElse(1));
        int step = Math.max(1, largest / MOST_POINTS);
        List<Object> lower95 = new ArrayList<>();
        List<Object> upper95 = new ArrayList<>();
        List<Object> lower998 = new ArrayList<>();
        List<Object> upper998 = new ArrayList<>();
        for (int n = 1; n <= largest; n = n == largest ? n + 1 : Math.min(largest, n + step)) {
            ControlLimits limits = ControlLimits.around(target, n);
            lower95.add(List.of(n, limits.lower95()));
            upper95.add(List.of(n, limits.upper95()));
            lower998.add(List.of(n, limits.lower998()));
            upper998.add(List.of(n, limits.upper998()));
        }
        List<Object> points = drawn.stream().filter(t -> figure.apply(t).n() > 0)
                .map(t -> (Object) Map.of("name", t.name(), "value", List.of(figure.apply(t).n(), figure.apply(t).share())))
                .toList();
        List<Object> series = new ArrayList<>();
        series.add(Map.of("name", "Therapists", "type", "scatter", "symbolSize", 12, "data", points,
                "label", Map.of("show", true, "position", "right", "formatter", "{b}")));
        series.add(line("Clinic's share " + Charts.percent(target), List.of(List.of(1, target), List.of(largest, target)),
                "solid"));
        series.add(line("95 % limits", lower95, "dashed"));
        series.add(line("95 % limits", upper95, "dashed"));
        series.add(line("99.8 % limits", lower998, "dotted"));
        series.add(line("99.8 % limits", upper998, "dotted"));
        return Map.of("tooltip", Map.of("trigger", "item"), "legend", Map.of("bottom", 0),
                "xAxis", Map.of("type", "value", "name", "Caseload (n classified)", "nameLocation", "middle", "nameGap", 28,
                        "min", 0),
                "yAxis", Map.of("type", "value", "name", "Share", "min", 0, "max", 1),
                "series", series);
    }

    private static Map<String, Object> line(String name, List<Object> data, String style) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", name);
        line.put("type", "line");
        line.put("showSymbol", false);
        line.put("lineStyle", Map.of("type", style, "color", "#757575"));
        line.put("itemStyle", Map.of("color", "#757575"));
        line.put("data", data);
        return line;
    }
}
