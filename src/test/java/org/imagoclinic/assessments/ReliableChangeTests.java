package org.imagoclinic.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reliable change (Jacobson &amp; Truax 1991, Christensen–Mendoza √2) on a CSI-16-like instrument
 * (0–81, higher better, cut-off 51.5) with illustrative norms SD = 10, r = 0.90, so that
 * S_diff = 10 · √2 · √0.10 = 4.4721 and change must exceed 1.96 · 4.4721 = 8.77 points.
 */
class ReliableChangeTests {

    static final Instrument CSI_LIKE = new Instrument("TEST", "Test", "-", "-", null, 0, 81, true,
            new BigDecimal("51.5"), null, null, List.of());
    static final Norms NORMS = new Norms(new BigDecimal("10"), new BigDecimal("0.90"), "illustrative");

    @Test
    void theStandardErrorOfTheDifferenceUsesTheSquareRootOfTwo() {
        assertThat(NORMS.standardErrorOfDifference()).isCloseTo(4.4721, within(0.0001));
    }

    @ParameterizedTest(name = "{0} → {1}: RC {2}, {3}")
    @CsvSource({
            "40, 49, 2.0125, IMPROVED",            // reliable, still below the cut-off
            "45, 54, 2.0125, RECOVERED",           // reliable and crossed from 45 (clinical) to 54
            "55, 64, 2.0125, IMPROVED",            // reliable, but the baseline was already above the cut-off
            "50, 58, 1.7889, NO_RELIABLE_CHANGE",  // crossed the cut-off, not reliably
            "60, 51, -2.0125, DETERIORATED",
            "60, 52, -1.7889, NO_RELIABLE_CHANGE",
            "30, 30, 0.0, NO_RELIABLE_CHANGE"})
    void classifiesEachPartner(int baseline, int current, double index, OutcomeClass outcome) {
        ReliableChange change = ReliableChange.between(baseline, current, CSI_LIKE, NORMS);

        assertThat(change.index()).isCloseTo(index, within(0.0001));
        assertThat(change.outcome()).isEqualTo(outcome);
    }

    @Test
    void exactly196IsNotReliableEitherWay() {
        assertThat(ReliableChange.classify(1.96, 40, 60, CSI_LIKE)).isEqualTo(OutcomeClass.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.classify(-1.96, 60, 40, CSI_LIKE)).isEqualTo(OutcomeClass.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.classify(1.9601, 40, 60, CSI_LIKE)).isEqualTo(OutcomeClass.RECOVERED);
        assertThat(ReliableChange.classify(-1.9601, 60, 40, CSI_LIKE)).isEqualTo(OutcomeClass.DETERIORATED);
    }

    @Test
    void onAnInstrumentWhereLowerIsBetterAFallIsAnImprovement() {
        Instrument distress = new Instrument("LOW", "Lower is better", "-", "-", null, 0, 40, false,
                new BigDecimal("25"), null, null, List.of());

        ReliableChange change = ReliableChange.between(30, 20, distress, NORMS);

        assertThat(change.index()).isCloseTo(2.2361, within(0.0001));
        assertThat(change.outcome()).isEqualTo(OutcomeClass.RECOVERED);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
            "RECOVERED, IMPROVED, BOTH_IMPROVED",
            "RECOVERED, RECOVERED, BOTH_IMPROVED",
            "IMPROVED, NO_RELIABLE_CHANGE, ONE_IMPROVED",
            "NO_RELIABLE_CHANGE, RECOVERED, ONE_IMPROVED",
            "RECOVERED, DETERIORATED, AT_LEAST_ONE_DETERIORATED",
            "DETERIORATED, NO_RELIABLE_CHANGE, AT_LEAST_ONE_DETERIORATED",
            "DETERIORATED, DETERIORATED, AT_LEAST_ONE_DETERIORATED",
            "NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE"})
    void classifiesTheCoupleAsAPair(OutcomeClass first, OutcomeClass second, CoupleOutcomeClass couple) {
        assertThat(CoupleOutcomeClass.of(first, second)).isEqualTo(couple);
        assertThat(CoupleOutcomeClass.of(second, first)).isEqualTo(couple);
    }
}
