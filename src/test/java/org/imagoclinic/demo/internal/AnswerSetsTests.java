package org.imagoclinic.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.imagoclinic.assessments.ReferenceGroup;
import org.junit.jupiter.api.Test;

/** A partner's satisfaction level becomes a CSI-16 form whose items hang together as real answers do. */
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
    void aFormAnsweredFromOneLevelScoresNearThatLevelAndAnswersReversedItemsTheRightWayRound() {
        Instrument instrument = csi16();
        Random random = new Random(7);
        for (int level = 9; level <= 72; level += 9) { // at the very ends the noise can only push inwards
            double sum = 0;
            for (int i = 0; i < 50; i++) {
                List<Integer> answers = AnswerSets.forLevel(instrument, level, random);
                assertThat(answers).hasSize(16);
                sum += instrument.score(new ArrayList<>(answers));
            }
            assertThat(sum / 50).as("level %d", level).isCloseTo(level, within(3.0));
        }
        double item2 = 0;
        double item3 = 0;
        for (int i = 0; i < 50; i++) {
            List<Integer> satisfied = AnswerSets.forLevel(instrument, 76, random);
            item2 += satisfied.get(1) / 50.0;
            item3 += satisfied.get(2) / 50.0;
        }
        assertThat(item2).as("item 2 is printed from 'All the time'").isLessThan(1.0);
        assertThat(item3).as("item 3 is printed from 'Not at all true'").isGreaterThan(4.0);
    }

    @Test
    void formsOfAClinicalSampleHangTogetherAsPublishedSamplesDo() {
        Instrument instrument = csi16();
        Random random = new Random(11);
        List<int[]> forms = new ArrayList<>();
        for (int partner = 0; partner < 400; partner++) {
            List<Integer> answers = AnswerSets.forLevel(instrument, 45 + 12 * random.nextGaussian(), random);
            int[] scores = new int[answers.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = instrument.items().get(i).options().get(answers.get(i)).score();
            }
            forms.add(scores);
        }
        ReferenceGroup group = ReferenceGroup.of(forms);

        assertThat(group.alpha()).isBetween(0.90, 0.97);
        assertThat(group.sd()).isBetween(10.0, 15.0);
    }

    @Test
    void theSameLevelGivesDifferentFormsSoTheAnswersLookFilledIn() {
        Instrument instrument = csi16();
        Random random = new Random(7);
        Set<List<Integer>> forms = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            forms.add(AnswerSets.forLevel(instrument, 42, random));
        }

        assertThat(forms).hasSizeGreaterThan(1);
    }
}
