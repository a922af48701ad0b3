package org.imagoclinic.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.imagoclinic.reporting.ClassCount;
import org.imagoclinic.reporting.Classification;
import org.junit.jupiter.api.Test;

/** The outcome classes chart: a legend per bar, red only for deterioration, every bar and segment labelled. */
class ChartsTest {

    private static final Classification PARTNERS = new Classification(10, 0, 0, List.of(
            new ClassCount("RECOVERED", "Recovered", 4, 0.4), new ClassCount("IMPROVED", "Improved", 2, 0.2),
            new ClassCount("NO_RELIABLE_CHANGE", "No reliable change", 3, 0.3),
            new ClassCount("DETERIORATED", "Deteriorated", 1, 0.1)));
    private static final Classification COUPLES = new Classification(5, 0, 0, List.of(
            new ClassCount("BOTH_IMPROVED", "Both partners improved", 2, 0.4),
            new ClassCount("ONE_IMPROVED", "One partner improved", 1, 0.2),
            new ClassCount("AT_LEAST_ONE_DETERIORATED", "At least one partner deteriorated", 1, 0.2),
            new ClassCount("NO_RELIABLE_CHANGE", "No reliable change", 1, 0.2)));

    @SuppressWarnings("unchecked")
    @Test
    void eachBarHasItsOwnLegendAndRedMeansDeteriorationOnly() {
        Map<String, Object> option = Charts.stackedClasses(PARTNERS, COUPLES);

        List<Map<String, Object>> legends = (List<Map<String, Object>>) option.get("legend");
        assertThat(legends).hasSize(2);
        assertThat((List<String>) legends.get(0).get("data")).allMatch(name -> name.startsWith("Partner: "));
        assertThat((List<String>) legends.get(1).get("data")).allMatch(name -> name.startsWith("Couple: "))
                .contains("Couple: At least one partner deteriorated");
        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        List<String> red = series.stream().filter(s -> ((Map<String, Object>) s.get("itemStyle")).get("color")
                .equals("#d32f2f")).map(s -> (String) s.get("name")).toList();
        assertThat(red).containsExactlyInAnyOrder("Partner: Deteriorated", "Couple: At least one partner deteriorated");
        assertThat(series).allSatisfy(s -> assertThat(((Map<String, Object>) s.get("label")).get("show")).isEqualTo(true));
        assertThat(series).filteredOn(s -> s.get("name").equals("Couple: Both partners improved")).singleElement()
                .satisfies(s -> assertThat(((Map<String, Object>) s.get("label")).get("formatter")).isEqualTo("40 % (2)"));
        assertThat((List<Map<String, Object>>) option.get("yAxis")).extracting(axis -> axis.get("data"))
                .containsExactly(List.of("Partners (n = 10)"), List.of("Couples (n = 5)"));
    }
}
