package org.imagoclinic.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clinic's own reference group (ADR 0032), worked by hand. Five baseline forms of three items:
 *
 * <pre>
 *   form   items   total        item 1: 1 2 3 4 5  mean 3    Σd² 10    s² 2.5
 *   1      1 2 2     5          item 2: 2 2 4 4 5  mean 3.4  Σd² 7.2   s² 1.8
 *   2      2 2 3     7          item 3: 2 3 3 5 4  mean 3.4  Σd² 5.2   s² 1.3
 *   3      3 4 3    10          totals: mean 9.8, Σd² = 23.04 + 7.84 + 0.04 + 10.24 + 17.64 = 58.8
 *   4      4 4 5    13          s²ₜ = 58.8 / 4 = 14.7, SD₁ = √14.7 = 3.83406 (not √(58.8/5) = 3.42929)
 *   5      5 5 4    14          α = 3/2 · (1 − (2.5 + 1.8 + 1.3) / 14.7) = 3/2 · 9.1/14.7 = 13/14 = 0.928571
 * </pre>
 *
 * The same five forms six times over are thirty baselines: Σd² = 6 · 58.8 = 352.8, s²ₜ = 352.8 / 29 =
 * 12.16552, SD₁ = 3.48791; each item's Σd² is six times as large as well, so α stays 13/14.
 */
class ReferenceGroupTests {

    static final List<int[]> FIVE = List.of(new int[] {1, 2, 2}, new int[] {2, 2, 3}, new int[] {3, 4, 3},
            new int[] {4, 4, 5}, new int[] {5, 5, 4});

    static List<int[]> timesSix() {
        List<int[]> forms = new ArrayList<>();
        Collections.nCopies(6, FIVE).forEach(forms::addAll);
        return forms;
    }

    @Test
    void sdIsTheSampleSdOfTheTotalsAndAlphaUsesSampleVariancesThroughout() {
        ReferenceGroup group = ReferenceGroup.of(FIVE);

        assertThat(group.baselines()).isEqualTo(5);
        assertThat(group.sd()).isCloseTo(Math.sqrt(14.7), within(1e-12)).isCloseTo(3.83406, within(0.00001));
        assertThat(group.alpha()).isCloseTo(13.0 / 14.0, within(1e-12));
        assertThat(group.usable()).as("five baselines are far too few").isFalse();
        assertThat(group.moreNeeded()).isEqualTo(25);
    }

    @Test
    void thirtyBaselinesAreEnoughAndGiveTheNormsForReliableChange() {
        ReferenceGroup group = ReferenceGroup.of(timesSix());

        assertThat(group.baselines()).isEqualTo(30);
        assertThat(group.sd()).isCloseTo(Math.sqrt(352.8 / 29), within(1e-12)).isCloseTo(3.48791, within(0.00001));
        assertThat(group.alpha()).isCloseTo(13.0 / 14.0, within(1e-12));
        assertThat(group.usable()).isTrue();
        assertThat(group.moreNeeded()).isZero();

        Norms norms = Norms.of(figures(group));
        // S_diff = SD₁ · √2 · √(1 − α) = √(12.16552 · 2 / 14) = 1.31831; a change of 3 points: RC 2.28, reliable
        assertThat(norms.standardErrorOfDifference()).isCloseTo(1.31831, within(0.00001));
        assertThat(norms.published()).isFalse();
        assertThat(norms.describe()).isEqualTo("clinic sample, n = 30 baselines, SD 3.5, α .93, as of 2026-12-07");
        Instrument test = instrument(norms, figures(group));
        assertThat(ReliableChange.between(10, 13, test, norms).outcome()).isEqualTo(OutcomeClass.IMPROVED);
        assertThat(ReliableChange.between(10, 12, test, norms).outcome()).as("RC 1.52").isEqualTo(OutcomeClass.NO_RELIABLE_CHANGE);
    }

    @Test
    void belowThirtyBaselinesTheFiguresAreNotUsedAndTheReportSaysHowManyMoreAreNeeded() {
        List<int[]> twentyNine = new ArrayList<>(timesSix());
        twentyNine.removeLast();
        ReferenceGroup group = ReferenceGroup.of(twentyNine);
        assertThat(group.usable()).isFalse();
        assertThat(group.moreNeeded()).isEqualTo(1);
        assertThatNormsCannotBeMadeOf(group);

        ReferenceGroup eighteen = ReferenceGroup.of(timesSix().subList(0, 18));
        Instrument withoutNorms = instrument(null, figures(eighteen));
        assertThat(withoutNorms.withoutNormsReason()).contains("has 18 baselines").contains("12 more baselines needed");
        assertThat(instrument(null, null).withoutNormsReason()).contains("30 more baselines needed");
    }

    @Test
    void fewerThanTwoFormsOrTotalsThatDoNotVaryGiveNoFigures() {
        assertThat(ReferenceGroup.of(List.of())).isEqualTo(new ReferenceGroup(0, null, null));
        assertThat(ReferenceGroup.of(List.<int[]>of(new int[] {1, 2}))).isEqualTo(new ReferenceGroup(1, null, null));
        List<int[]> same = Collections.nCopies(40, new int[] {2, 3, 1});
        ReferenceGroup flat = ReferenceGroup.of(same);
        assertThat(flat.sd()).isZero();
        assertThat(flat.alpha()).isNull();
        assertThat(flat.usable()).isFalse();
    }

    @Test
    void publishedNormsDescribeTheirSource() {
        Norms published = new Norms(new BigDecimal("7.8"), new BigDecimal("0.94"), "Author (2020), Table 2");
        assertThat(published.published()).isTrue();
        assertThat(published.describe()).isEqualTo("published norms: Author (2020), Table 2 (SD 7.8, reliability 0.94)");
        assertThat(instrument(published, figures(ReferenceGroup.of(timesSix()))).withoutNormsReason()).isNull();
    }

    private static void assertThatNormsCannotBeMadeOf(ReferenceGroup group) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Norms.of(figures(group)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static ClinicFigures figures(ReferenceGroup group) {
        return new ClinicFigures(1, "TEST", group.baselines(), group.sd(), group.alpha(), LocalDate.of(2026, 12, 7),
                Instant.parse("2026-12-07T10:35:00Z"), false);
    }

    static Instrument instrument(Norms norms, ClinicFigures clinicSample) {
        return new Instrument("TEST", "Test", "-", "-", null, 0, 15, true, null, null, norms, List.of(), clinicSample);
    }
}
