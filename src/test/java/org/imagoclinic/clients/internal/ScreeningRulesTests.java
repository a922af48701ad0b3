package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.RecordedDecision;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningHold;
import org.imagoclinic.clients.ScreeningStatus;
import org.junit.jupiter.api.Test;

/** Where a couple stands with the suitability screen, from its screens and decisions. */
class ScreeningRulesTests {

    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void everyCurrentConcernIsAFlagAndPastOnesAreNot() {
        NewScreen past = new NewScreen(null, RiskStatus.PAST, AffairStatus.ENDED, RiskStatus.PAST, false, "debts", false,
                null);
        NewScreen current = new NewScreen(null, RiskStatus.CURRENT, AffairStatus.ONGOING_UNDISCLOSED, RiskStatus.CURRENT,
                true, "a court case", true, null);

        assertThat(past.currentFlags()).isEmpty();
        assertThat(current.currentFlags()).containsExactlyInAnyOrder(ScreeningFlag.values());
        assertThat(new NewScreen(null, RiskStatus.NONE, AffairStatus.ONGOING_DISCLOSED, RiskStatus.NONE, false, null,
                false, null).currentFlags()).containsExactly(ScreeningFlag.ONGOING_AFFAIR);
    }

    @Test
    void noScreenMeansNotScreenedAndNothingHeld() {
        assertThat(ScreeningRules.evaluate(List.of(), List.of()).status()).isEqualTo(ScreeningStatus.NOT_SCREENED);
        assertThat(ScreeningStatus.NOT_SCREENED.hold()).isEqualTo(ScreeningHold.NONE);
    }

    @Test
    void aFlaggedScreenHoldsTheCoupleUntilADecision() {
        Screen flagged = screen(T0, ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);

        var outcome = ScreeningRules.evaluate(List.of(flagged), List.of());

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.REVIEW_PENDING);
        assertThat(outcome.flags()).containsExactly(ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);
        assertThat(outcome.status().hold().holdsJointSessions()).isTrue();
    }

    @Test
    void aCleanScreenDoesNotEndAPendingReview() {
        Screen flagged = screen(T0, ScreeningFlag.ACUTE_CRISIS);
        Screen clean = screen(T0.plusSeconds(3600));

        assertThat(ScreeningRules.evaluate(List.of(clean, flagged), List.of()).status())
                .isEqualTo(ScreeningStatus.REVIEW_PENDING);
    }

    @Test
    void theDecisionSetsTheStatusUntilALaterCleanScreen() {
        Screen flagged = screen(T0, ScreeningFlag.SUBSTANCE_DEPENDENCE);
        RecordedDecision individualFirst = decision(flagged, ClinicalDecision.INDIVIDUAL_WORK_FIRST, T0.plusSeconds(60));
        Screen cleanLater = screen(T0.plusSeconds(86_400 * 60L));

        assertThat(ScreeningRules.evaluate(List.of(flagged), List.of(individualFirst)).status())
                .isEqualTo(ScreeningStatus.INDIVIDUAL_WORK_FIRST);
        assertThat(ScreeningRules.evaluate(List.of(cleanLater, flagged), List.of(individualFirst)).status())
                .isEqualTo(ScreeningStatus.CLEAR);
    }

    @Test
    void aNewFlaggedScreenAfterADecisionNeedsADecisionOfItsOwn() {
        Screen first = screen(T0, ScreeningFlag.ONGOING_AFFAIR);
        RecordedDecision proceed = decision(first, ClinicalDecision.PROCEED_WITH_JOINT_WORK, T0.plusSeconds(60));
        Screen second = screen(T0.plusSeconds(600), ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);

        assertThat(ScreeningRules.evaluate(List.of(first), List.of(proceed)).status())
                .isEqualTo(ScreeningStatus.JOINT_WORK_APPROVED);
        assertThat(ScreeningRules.evaluate(List.of(second, first), List.of(proceed)).status())
                .isEqualTo(ScreeningStatus.REVIEW_PENDING);
    }

    private static Screen screen(Instant recordedAt, ScreeningFlag... flags) {
        return new Screen(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2), RiskStatus.NONE,
                AffairStatus.NONE, RiskStatus.NONE, false, null, false, null, Set.of(flags), recordedAt, "Dr Lee");
    }

    private static RecordedDecision decision(Screen screen, ClinicalDecision decision, Instant recordedAt) {
        return new RecordedDecision(UUID.randomUUID(), screen.id(), decision, "Discussed with the couple.",
                LocalDate.of(2026, 3, 2), recordedAt, "Dr Lee");
    }
}
