package org.imagoclinic.reporting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imagoclinic.reporting.PracticeReport.SkillMonth;
import org.imagoclinic.reporting.SmallCounts;
import org.jspecify.annotations.Nullable;

/**
 * The dialogue-skill trend: mean rating (1–5) of the sender's part and of each receiver step, month by
 * month, over every round of the dialogues (ADR 0045).
 */
final class SkillChart {

    /** The table's columns, in the order of {@link #rows}. */
    static final String[] COLUMNS = {"Month", "Dialogues", "Rounds", "One topic", "\"I\" statements",
            "Asked for the dialogue", "Mirroring", "Summary", "Validation", "Empathy"};

    private SkillChart() {
    }

    static Numbers table() {
        return new Numbers(COLUMNS);
    }

    static Map<String, Object> option(List<SkillMonth> months) {
        Map<String, List<@Nullable Number>> series = new LinkedHashMap<>();
        series.put("One topic", values(months, SkillMonth::oneTopic));
        series.put("\"I\" statements", values(months, SkillMonth::iStatements));
        series.put("Asked for the dialogue", values(months, SkillMonth::askedForDialogue));
        series.put("Mirroring", values(months, SkillMonth::mirroring));
        series.put("Summary", values(months, SkillMonth::summary));
        series.put("Validation", values(months, SkillMonth::validation));
        series.put("Empathy", values(months, SkillMonth::empathy));
        return Charts.titled(Charts.lines(months.stream().map(SkillMonth::month).toList(), series, null), "Month",
                "Mean rating (1 to 5)", 1, 5);
    }

    static List<List<String>> rows(List<SkillMonth> months) {
        return months.stream().map(m -> List.of(m.month(), SmallCounts.inWords(m.dialogues()), SmallCounts.inWords(m.rounds()),
                Charts.number(m.oneTopic()), Charts.number(m.iStatements()), Charts.number(m.askedForDialogue()),
                Charts.number(m.mirroring()), Charts.number(m.summary()), Charts.number(m.validation()),
                Charts.number(m.empathy()))).toList();
    }

    private static List<@Nullable Number> values(List<SkillMonth> months, Function<SkillMonth, @Nullable Double> step) {
        return months.stream().map(m -> (@Nullable Number) step.apply(m)).toList();
    }
}
