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
import org.imagoclinic.clients.PartnerSlot;
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
    static final UUID ALEX = UUID.randomUUID();
    static final UUID SAM = UUID.randomUUID();
    static final List<UUID> PARTNERS = List.of(ALEX, SAM);

    @Test
    void everyCurrentConcernIsAFlagAndPastOnesAreNot() {
        NewScreen past = new NewScreen(null, PartnerSlot.A, RiskStatus.PAST, RiskStatus.PAST, AffairStatus.ENDED,
                RiskStatus.PAST, false, "debts", false, null);
        NewScreen current = new NewScreen(null, PartnerSlot.A, RiskStatus.CURRENT, RiskStatus.CURRENT,
                AffairStatus.ONGOING_UNDISCLOSED, RiskStatus.CURRENT, true, "a court case", true, null);

        assertThat(past.currentFlags()).isEmpty();
        assertThat(current.currentFlags()).containsExactlyInAnyOrder(ScreeningFlag.values());
        assertThat(new NewScreen(null, PartnerSlot.B, RiskStatus.NONE, RiskStatus.NONE, AffairStatus.ONGOING_DISCLOSED,
                RiskStatus.NONE, false, null, false, null).currentFlags()).containsExactly(ScreeningFlag.ONGOING_AFFAIR);
        assertThat(new NewScreen(null, PartnerSlot.B, RiskStatus.NONE, RiskStatus.CURRENT, AffairStatus.NONE,
                RiskStatus.NONE, false, null, false, null).currentFlags()).containsExactly(ScreeningFlag.COERCIVE_CONTROL);
    }

    @Test
    void aCoupleNotScreenedOrScreenedForOnePartnerOnlyIsHeldFromJointWork() {
        assertThat(ScreeningRules.evaluate(List.of(), List.of(), PARTNERS).status()).isEqualTo(ScreeningStatus.NOT_SCREENED);
        assertThat(ScreeningStatus.NOT_SCREENED.hold().holdsJointSessions()).isTrue();

        var alexOnly = ScreeningRules.evaluate(List.of(screen(ALEX, T0)), List.of(), PARTNERS);

        assertThat(alexOnly.status()).isEqualTo(ScreeningStatus.PARTLY_SCREENED);
        assertThat(alexOnly.status().hold()).isEqualTo(ScreeningHold.NOT_SCREENED);
        assertThat(ScreeningRules.evaluate(List.of(screen(SAM, T0.plusSeconds(60)), screen(ALEX, T0)), List.of(), PARTNERS)
                .status()).isEqualTo(ScreeningStatus.CLEAR);
    }

    @Test
    void aScreenRecordedForTheCoupleBeforePartnersWereAskedSeparatelyCountsForBoth() {
        assertThat(ScreeningRules.evaluate(List.of(screen(null, T0)), List.of(), PARTNERS).status())
                .isEqualTo(ScreeningStatus.CLEAR);
    }

    @Test
    void aFlaggedScreenHoldsTheCoupleUntilADecision() {
        Screen flagged = screen(ALEX, T0, ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);

        var outcome = ScreeningRules.evaluate(List.of(flagged), List.of(), PARTNERS);

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.REVIEW_PENDING);
        assertThat(outcome.flags()).containsExactly(ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);
        assertThat(outcome.status().hold().holdsJointSessions()).isTrue();
    }

    @Test
    void approvedJointWorkStillWaitsForTheOtherPartnersScreen() {
        Screen flagged = screen(ALEX, T0, ScreeningFlag.ONGOING_AFFAIR);
        RecordedDecision proceed = decision(flagged, ClinicalDecision.PROCEED_WITH_JOINT_WORK, T0.plusSeconds(60));

        assertThat(ScreeningRules.evaluate(List.of(flagged), List.of(proceed), PARTNERS).status())
                .isEqualTo(ScreeningStatus.PARTLY_SCREENED);
        assertThat(ScreeningRules.evaluate(List.of(screen(SAM, T0.plusSeconds(120)), flagged), List.of(proceed), PARTNERS)
                .status()).isEqualTo(ScreeningStatus.JOINT_WORK_APPROVED);
    }

    @Test
    void aCleanScreenDoesNotEndAPendingReview() {
        Screen flagged = screen(ALEX, T0, ScreeningFlag.ACUTE_CRISIS);
        Screen clean = screen(ALEX, T0.plusSeconds(3600));

        assertThat(ScreeningRules.evaluate(List.of(clean, flagged), List.of(), PARTNERS).status())
                .isEqualTo(ScreeningStatus.REVIEW_PENDING);
    }

    @Test
    void theDecisionSetsTheStatusUntilTheSamePartnersLaterCleanScreen() {
        Screen flagged = screen(ALEX, T0, ScreeningFlag.SUBSTANCE_DEPENDENCE);
        Screen sam = screen(SAM, T0);
        RecordedDecision individualFirst = decision(flagged, ClinicalDecision.INDIVIDUAL_WORK_FIRST, T0.plusSeconds(60));
        Screen samLater = screen(SAM, T0.plusSeconds(86_400 * 30L));
        Screen alexLater = screen(ALEX, T0.plusSeconds(86_400 * 60L));

        assertThat(ScreeningRules.evaluate(List.of(flagged, sam), List.of(individualFirst), PARTNERS).status())
                .isEqualTo(ScreeningStatus.INDIVIDUAL_WORK_FIRST);
        assertThat(ScreeningRules.evaluate(List.of(samLater, flagged, sam), List.of(individualFirst), PARTNERS).status())
                .as("the other partner's clean screen says nothing of this concern")
                .isEqualTo(ScreeningStatus.INDIVIDUAL_WORK_FIRST);
        assertThat(ScreeningRules.evaluate(List.of(alexLater, flagged, sam), List.of(individualFirst), PARTNERS).status())
                .isEqualTo(ScreeningStatus.CLEAR);
    }

    @Test
    void aNewFlaggedScreenAfterADecisionNeedsADecisionOfItsOwn() {
        Screen first = screen(ALEX, T0, ScreeningFlag.ONGOING_AFFAIR);
        Screen sam = screen(SAM, T0);
        RecordedDecision proceed = decision(first, ClinicalDecision.PROCEED_WITH_JOINT_WORK, T0.plusSeconds(60));
        Screen second = screen(SAM, T0.plusSeconds(600), ScreeningFlag.COERCIVE_CONTROL);

        assertThat(ScreeningRules.evaluate(List.of(first, sam), List.of(proceed), PARTNERS).status())
                .isEqualTo(ScreeningStatus.JOINT_WORK_APPROVED);
        assertThat(ScreeningRules.evaluate(List.of(second, first, sam), List.of(proceed), PARTNERS).status())
                .isEqualTo(ScreeningStatus.REVIEW_PENDING);
    }

    private static Screen screen(UUID partnerId, Instant recordedAt, ScreeningFlag... flags) {
        return new Screen(UUID.randomUUID(), UUID.randomUUID(), partnerId, LocalDate.of(2026, 3, 2), RiskStatus.NONE,
                RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE, false, null, false, null, Set.of(flags), null,
                recordedAt, "Dr Lee");
    }

    private static RecordedDecision decision(Screen screen, ClinicalDecision decision, Instant recordedAt) {
        return new RecordedDecision(UUID.randomUUID(), screen.id(), decision, "Discussed with the couple.",
                LocalDate.of(2026, 3, 2), recordedAt, "Dr Lee");
    }
}
