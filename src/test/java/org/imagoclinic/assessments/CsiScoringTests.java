package org.imagoclinic.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSI-16 and CSI-4 as the catalogue in the database holds them, scored on answer sets worked out by
 * hand from the published scoring key (ADR 0013). Answers are option positions as printed, from 0.
 * Reverse-keyed (printed from the high end): item 2, and the semantic differentials 11, 13, 14, 16.
 */
@ClinicIntegrationTest
class CsiScoringTests {

    @Autowired
    MeasureCatalogue catalogue;

    Instrument csi16() {
        return catalogue.find("CSI-16").orElseThrow();
    }

    Instrument csi4() {
        return catalogue.find("CSI-4").orElseThrow();
    }

    @Test
    void csi16IsPrintedAsPublished() {
        Instrument csi = csi16();
        assertThat(csi.items()).hasSize(16);
        assertThat(csi.minScore()).isZero();
        assertThat(csi.maxScore()).isEqualTo(81);
        assertThat(csi.higherIsBetter()).isTrue();
        assertThat(csi.clinicalCutoff()).isEqualByComparingTo("51.5");
        assertThat(csi.items().getFirst().options()).extracting(InstrumentItem.AnswerOption::label)
                .containsExactly("Extremely unhappy", "Fairly unhappy", "A little unhappy", "Happy", "Very happy",
                        "Extremely happy", "Perfect");
        assertThat(csi.items().get(1).options().getFirst().label()).isEqualTo("All the time");
        assertThat(csi.items().get(10)).satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InstrumentItem.Kind.SEMANTIC_DIFFERENTIAL);
            assertThat(item.leftPole()).isEqualTo("INTERESTING");
            assertThat(item.rightPole()).isEqualTo("BORING");
            assertThat(item.options()).hasSize(6);
        });
        assertThat(csi.items().subList(10, 16)).extracting(InstrumentItem::leftPole)
                .containsExactly("INTERESTING", "BAD", "FULL", "STURDY", "DISCOURAGING", "ENJOYABLE");
        assertThat(csi.licenceNote()).contains("Free for clinical and research use");
    }

    @Test
    void everyFirstPrintedOptionScores25() {
        // item 1: 0; item 2 "All the time": 5; items 3-10: 0; 11 INTERESTING end: 5; 12 BAD: 0;
        // 13 FULL: 5; 14 STURDY: 5; 15 DISCOURAGING: 0; 16 ENJOYABLE: 5
        assertThat(csi16().score(answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).isEqualTo(25);
    }

    @Test
    void everyLastPrintedOptionScores56() {
        // item 1 "Perfect": 6; item 2 "Never": 0; items 3-10: 5 each = 40; 11 BORING: 0; 12 GOOD: 5;
        // 13 EMPTY: 0; 14 FRAGILE: 0; 15 HOPEFUL: 5; 16 MISERABLE: 0
        assertThat(csi16().score(answers(6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5))).isEqualTo(56);
    }

    @Test
    void theBestEndOfEveryItemScoresTheMaximum81() {
        assertThat(csi16().score(answers(6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0))).isEqualTo(81);
    }

    @Test
    void theWorstEndOfEveryItemScoresTheMinimum0() {
        assertThat(csi16().score(answers(0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 5, 5, 0, 5))).isZero();
    }

    @Test
    void aMixedSetScores40AndIsInTheClinicalRange() {
        // 3 + 4 + 2 + 3 + 4 + 1 + 0 + 5 + 2 + 3 + (11: 5-1) 4 + (12) 2 + (13: 5-3) 2 + (14: 5-4) 1 + (15) 1 + (16: 5-2) 3
        int total = csi16().score(answers(3, 1, 2, 3, 4, 1, 0, 5, 2, 3, 1, 2, 3, 4, 1, 2));
        assertThat(total).isEqualTo(40);
        assertThat(csi16().inClinicalRange(total)).isTrue();
    }

    @Test
    void theCutOffLiesBetween51And52() {
        // 6 + 5 + 40 = 51 and every differential at its low end
        List<Integer> fiftyOne = answers(6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 5, 0, 5);
        assertThat(csi16().score(fiftyOne)).isEqualTo(51);
        assertThat(csi16().inClinicalRange(51)).isTrue();

        List<Integer> fiftyTwo = new ArrayList<>(fiftyOne);
        fiftyTwo.set(11, 1);
        assertThat(csi16().score(fiftyTwo)).isEqualTo(52);
        assertThat(csi16().inClinicalRange(52)).isFalse();
    }

    @Test
    void csi4UsesTheHappinessWarmthRewardAndSatisfactionItems() {
        Instrument csi = csi4();
        assertThat(csi.items()).extracting(InstrumentItem::stem).containsExactly(
                "Please indicate the degree of happiness, all things considered, of your relationship.",
                "I have a warm and comfortable relationship with my partner.",
                "How rewarding is your relationship with your partner?",
                "In general, how satisfied are you with your relationship?");
        assertThat(csi.maxScore()).isEqualTo(21);
        assertThat(csi.score(answers(6, 5, 5, 5))).isEqualTo(21);
        assertThat(csi.score(answers(0, 0, 0, 0))).isZero();
        assertThat(csi.score(answers(3, 3, 3, 4))).isEqualTo(13);
        assertThat(csi.inClinicalRange(13)).isTrue();
        assertThat(csi.score(answers(4, 3, 3, 4))).isEqualTo(14);
        assertThat(csi.inClinicalRange(14)).isFalse();
    }

    @Test
    void aMissingAnswerIsNamedByItem() {
        List<Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.set(6, null);

        assertThatThrownBy(() -> csi16().score(answers))
                .isInstanceOfSatisfying(InvalidInputException.class, problem ->
                        assertThat(problem.fieldErrors()).containsExactly(
                                java.util.Map.entry("answers[6]", "Item 7 has no answer.")));
    }

    @Test
    void problemsAreListedInTheFormsItemOrder() {
        List<Integer> unanswered = answers(new Integer[16]);

        assertThatThrownBy(() -> csi16().score(unanswered))
                .isInstanceOfSatisfying(InvalidInputException.class, problem ->
                        assertThat(problem.fieldErrors().keySet()).containsExactly(java.util.stream.IntStream.range(0, 16)
                                .mapToObj(item -> "answers[" + item + "]").toArray(String[]::new)));
    }

    @Test
    void anAnswerOutsideTheItemsOptionsIsNamedByItem() {
        // 6 is "Perfect" on item 1 but beyond the six options of item 2
        assertThatThrownBy(() -> csi16().score(answers(6, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, problem ->
                        assertThat(problem.fieldErrors()).containsOnlyKeys("answers[1]", "answers[15]")
                                .containsEntry("answers[1]", "Item 2: 6 is not one of its 6 options (0 to 5)."));
    }

    @Test
    void theWrongNumberOfAnswersIsRefused() {
        assertThatThrownBy(() -> csi4().score(answers(1, 2, 3)))
                .isInstanceOfSatisfying(InvalidInputException.class, problem ->
                        assertThat(problem.fieldErrors()).containsEntry("answers",
                                "CSI-4 has 4 items; 3 answers were given."));
    }

    private static List<Integer> answers(Integer... positions) {
        return new ArrayList<>(Arrays.asList(positions));
    }
}
