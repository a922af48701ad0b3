package org.imagoclinic.assessments.internal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.CoupleOutcomeClass;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.assessments.OutcomeClass;
import org.imagoclinic.assessments.OutcomeReport.InstrumentOutcome;
import org.imagoclinic.assessments.internal.measures.OutcomeCalculator.PartnerRef;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each partner's baseline (first administration of the episode) and current score (latest), their
 * class, and the couple's class, on a CSI-16-like instrument (0–81, cut-off 51.5) with illustrative
 * norms SD = 10, r = 0.90: S_diff = 4.4721, so a change must exceed 8.77 points to be reliable.
 */
class OutcomeCalculatorTests {

    static final Norms NORMS = new Norms(new BigDecimal("10"), new BigDecimal("0.90"), "illustrative, for the test");
    static final PartnerRef ALEX = new PartnerRef(UUID.randomUUID(), "Alex Smith");
    static final PartnerRef SAM = new PartnerRef(UUID.randomUUID(), "Sam Jones");

    static Instrument csiLike(Norms norms) {
        return new Instrument("CSI-16", "Couples Satisfaction Index", "-", "-", null, 0, 81, true,
                new BigDecimal("51.5"), null, norms, List.of());
    }

    @ParameterizedTest(name = "Alex {0}→{1}, Sam {2}→{3}: {4}, {5}, couple {6}")
    @CsvSource({
            "45, 54, 40, 49, RECOVERED, IMPROVED, BOTH_IMPROVED",            // recovered counts as improved
            "45, 54, 40, 44, RECOVERED, NO_RELIABLE_CHANGE, ONE_IMPROVED",   // discordant
            "55, 64, 60, 51, IMPROVED, DETERIORATED, AT_LEAST_ONE_DETERIORATED",
            "50, 58, 60, 52, NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE"})
    void classifiesEachPartnerAndTheCoupleFromFirstAndLatestScores(int alexFirst, int alexLast, int samFirst, int samLast,
                                                                  OutcomeClass alex, OutcomeClass sam,
                                                                  CoupleOutcomeClass couple) {
        List<Administration> administrations = new ArrayList<>();
        administrations.add(score(ALEX, alexFirst, 1));
        administrations.add(score(SAM, samFirst, 1));
        administrations.add(score(ALEX, 30, 20));   // in between: neither baseline nor current
        administrations.add(score(ALEX, alexLast, 40));
        administrations.add(score(SAM, samLast, 40));

        InstrumentOutcome outcome = OutcomeCalculator.outcome(csiLike(NORMS), List.of(ALEX, SAM), administrations);

        assertThat(outcome.partners()).extracting(partner -> partner.outcome()).containsExactly(alex, sam);
        assertThat(outcome.partners().getFirst().baseline().score()).isEqualTo(alexFirst);
        assertThat(outcome.partners().getFirst().current().score()).isEqualTo(alexLast);
        assertThat(outcome.coupleOutcome()).isEqualTo(couple);
        assertThat(outcome.norms()).isEqualTo(NORMS);
        assertThat(outcome.noClassificationReason()).isNull();
    }

    @Test
    void withoutNormsNoPartnerAndNoCoupleIsClassifiedAndTheReasonSaysWhy() {
        InstrumentOutcome outcome = OutcomeCalculator.outcome(csiLike(null), List.of(ALEX, SAM),
                List.of(score(ALEX, 40, 1), score(SAM, 42, 1), score(ALEX, 70, 30), score(SAM, 75, 30)));

        assertThat(outcome.partners()).allSatisfy(partner -> {
            assertThat(partner.outcome()).isNull();
            assertThat(partner.reliableChangeIndex()).isNull();
        });
        assertThat(outcome.partners().getFirst().current().score()).isEqualTo(70);
        assertThat(outcome.coupleOutcome()).isNull();
        assertThat(outcome.norms()).isNull();
        assertThat(outcome.noClassificationReason()).startsWith("No classification yet: No published norms are entered for CSI-16")
                .contains("30 more baselines needed").contains("Measure norms");
    }

    @Test
    void aPartnerWithOnlyABaselineHasNoClassYetAndNeitherHasTheCouple() {
        InstrumentOutcome outcome = OutcomeCalculator.outcome(csiLike(NORMS), List.of(ALEX, SAM),
                List.of(score(ALEX, 40, 1), score(SAM, 42, 1), score(ALEX, 70, 30)));

        assertThat(outcome.partners().getFirst().outcome()).isEqualTo(OutcomeClass.RECOVERED);
        assertThat(outcome.partners().get(1).outcome()).isNull();
        assertThat(outcome.coupleOutcome()).isNull();
        assertThat(outcome.noClassificationReason()).contains("Sam Jones has one score so far");
    }

    static Administration score(PartnerRef partner, int score, int day) {
        LocalDate on = LocalDate.of(2026, 1, 1).plusDays(day);
        return new Administration(UUID.randomUUID(), UUID.randomUUID(), partner.personId(), UUID.randomUUID(), "CSI-16",
                on, List.of(), score, score < 51.5, AdministrationSource.CLINICIAN, "Dr Lee", TestClinicClock.current());
    }
}
