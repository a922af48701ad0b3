package org.imagoclinic.assessments.ui.measures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagoclinic.assessments.OutcomeReport.InstrumentOutcome;
import org.imagoclinic.assessments.OutcomeReport.PartnerOutcome;
import org.imagoclinic.assessments.OutcomeReport.Point;
import org.imagoclinic.shared.ui.components.Chart;

/** A partner's scores on one instrument over the episode, with the clinical range as a shaded band. */
final class TrendChart {

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
        series.put("data", partner.scores().stream().map(Point::score).toList());
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
                "xAxis", Map.of("type", "category", "data", partner.scores().stream().map(point -> Show.day(point.on())).toList()),
                "yAxis", Map.of("type", "value", "min", instrument.minScore(), "max", instrument.maxScore(),
                        "name", instrument.instrumentCode()),
                "series", List.of(series));
    }
}
