package org.imagoclinic.assessments.ui.measures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagoclinic.assessments.OutcomeReport.InstrumentOutcome;
import org.imagoclinic.assessments.OutcomeReport.PartnerOutcome;
import org.imagoclinic.shared.ui.components.Chart;

/**
 * A partner's scores on one instrument over the episode, with the clinical range as a shaded band. The
 * days lie on a time axis, so the gaps between scores are drawn to scale.
 */
final class TrendChart {

    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private TrendChart() {
    }

    static Chart of(InstrumentOutcome instrument, PartnerOutcome partner) {
        Chart chart = new Chart();
        chart.setHeight("240px");
        chart.setId("trend-" + partner.partnerId());
        chart.setOption(option(instrument, partner));
        return chart;
    }

    static Map<String, Object> option(InstrumentOutcome instrument, PartnerOutcome partner) {
        Map<String, Object> series = new HashMap<>();
        series.put("name", partner.partnerName());
        series.put("type", "line");
        // [day, score] pairs on a time axis: a 30-day gap looks six times as long as a 5-day one
        series.put("data", partner.scores().stream().map(point -> List.of(point.on().toString(), point.score())).toList());
        BigDecimal cutoff = instrument.clinicalCutoff();
        if (cutoff != null) {
            series.put("markArea", Map.of("silent", true,
                    "itemStyle", Map.of("color", "rgba(214, 69, 65, 0.12)"),
                    "data", List.of(List.of(
                            Map.of("name", "Clinical range (" + (instrument.higherIsBetter() ? "below " : "above ")
                                            + cutoff.stripTrailingZeros().toPlainString() + ")",
                                    "yAxis", instrument.higherIsBetter() ? instrument.minScore() : instrument.maxScore()),
                            Map.of("yAxis", cutoff)))));
        }
        return Map.of(
                "title", Map.of("text", partner.partnerName(), "textStyle", Map.of("fontSize", 14)),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 40, "right", 20, "top", 40, "bottom", 30),
                "xAxis", Map.of("type", "time", "minInterval", DAY_MILLIS,
                        "axisLabel", Map.of("formatter", "{d} {MMM} {yyyy}", "hideOverlap", true)),
                "yAxis", Map.of("type", "value", "min", instrument.minScore(), "max", instrument.maxScore(),
                        "name", instrument.instrumentCode()),
                "series", List.of(series));
    }
}
