package org.imagoclinic.reporting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imagoclinic.reporting.PracticeReport.SkillMonth;
import org.jspecify.annotations.Nullable;

/** The dialogue-skill trend: mean rating (1–5) of each receiver step, month by month. */
final class SkillChart {

    private SkillChart() {
    }

    static Map<String, Object> option(List<SkillMonth> months) {
        Map<String, List<@Nullable Number>> series = new LinkedHashMap<>();
        series.put("Mirroring", values(months, SkillMonth::mirroring));
        series.put("Summary", values(months, SkillMonth::summary));
        series.put("Validation", values(months, SkillMonth::validation));
        series.put("Empathy", values(months, SkillMonth::empathy));
        return Charts.lines(months.stream().map(SkillMonth::month).toList(), series, null);
    }

    static List<List<String>> rows(List<SkillMonth> months) {
        return months.stream().map(m -> List.of(m.month(), org.imagoclinic.reporting.SmallCounts.inWords(m.dialogues()), Charts.number(m.mirroring()),
                Charts.number(m.summary()), Charts.number(m.validation()), Charts.number(m.empathy()))).toList();
    }

    private static List<@Nullable Number> values(List<SkillMonth> months, Function<SkillMonth, @Nullable Double> step) {
        return months.stream().map(m -> (@Nullable Number) step.apply(m)).toList();
    }
}
