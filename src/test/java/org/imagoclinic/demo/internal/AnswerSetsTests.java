package org.imagoclinic.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.junit.jupiter.api.Test;

/** A target total becomes a valid CSI-16 form that the instrument's own scoring gives back exactly. */
class AnswerSetsTests {

    /** Shaped as db/migration/assessments/V3: item 1 has seven points, items 2, 11, 13, 14, 16 are printed high first. */
    static Instrument csi16() {
        List<InstrumentItem> items = new ArrayList<>();
        for (int number = 1; number <= 16; number++) {
            int points = number == 1 ? 7 : 6;
            boolean highFirst = Set.of(2, 11, 13, 14, 16).contains(number);
            List<AnswerOption> options = new ArrayList<>();
            for (int position = 0; position < points; position++) {
                options.add(new AnswerOption(position, "option " + position, highFirst ? points - 1 - position : position));
            }
            items.add(new InstrumentItem(number, "item " + number, InstrumentItem.Kind.SCALE, null, null, options));
        }
        return new Instrument("CSI-16", "Couples Satisfaction Index", "Funk & Rogge 2007", "free", null, 0, 81, true,
                new BigDecimal("51.5"), null, null, items);
    }

    @Test
    void everyTotalFromZeroTo81IsReachedAndScoredBackExactly() {
        Instrument instrument = csi16();
        Random random = new Random(7);
        for (int total = 0; total <= 81; total++) {
            List<Integer> answers = AnswerSets.forTotal(instrument, total, random);

            assertThat(answers).hasSize(16);
            assertThat(instrument.score(new ArrayList<>(answers))).as("total %d", total).isEqualTo(total);
        }
    }

    @Test
    void theSameTotalGivesDifferentFormsSoTheAnswersLookFilledIn() {
        Instrument instrument = csi16();
        Random random = new Random(7);
        Set<List<Integer>> forms = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            forms.add(AnswerSets.forTotal(instrument, 42, random));
        }

        assertThat(forms).hasSizeGreaterThan(1);
    }

    @Test
    void aTotalOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> AnswerSets.forTotal(csi16(), 82, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 81");
    }
}
