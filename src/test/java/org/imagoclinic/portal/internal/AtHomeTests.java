package org.imagoclinic.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.MeasuresAtHome.OwnScore;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasuresDue;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.NewDecision;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningHistory;
import org.imagoclinic.clients.ScreeningHold;
import org.imagoclinic.clients.ScreeningStatus;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.ScreensAtHome;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.portal.IntakeAtHome;
import org.imagoclinic.portal.IntakeAtHome.IntakeAnswers;
import org.imagoclinic.portal.MeasuresForMe;
import org.imagoclinic.portal.TrendSharing;
import java.util.function.Supplier;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Both partners of one couple answer their own safety screen, intake and due measure at home: each
 * answers alone, the answers reach the care team only, a concern holds the couple exactly as a screen in
 * the clinic does, and the measure is scored by the clinic's own code and recorded as answered at home.
 */
@ClinicIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one couple for all: the screen, the intake and the measure don't meet
class AtHomeTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    IntakeAtHome intake;
    @Autowired
    MeasuresForMe measures;

    TestStaff lee;
    Couple couple;
    Authentication alex;
    Authentication sam;

    @BeforeAll
    void anUnscreenedCoupleInLeesCareWithBothPartnersInThePortal() {
        lee = TestAccounts.staff(context, "ther", Roles.THERAPIST);
        couple = TestCouples.unscreenedCaredForBy(context, lee.staffId());
        alex = TestPartners.signedIn(context, couple, couple.partnerA());
        sam = TestPartners.signedIn(context, couple, couple.partnerB());
    }

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aConcernOneSideAnswersAtHomeHoldsTheCoupleUntilTheTherapistDecidesAndOnlyTheCareTeamSeesIt() {
        as(alex);
        assertThatThrownBy(() -> intake.answerSafetyScreen(new NewScreen(null, null, null, RiskStatus.NONE, null,
                RiskStatus.NONE, false, null, false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("intimatePartnerViolence", "affair"));
        assertThat(asLee(() -> context.getBean(Screenings.class).historyOf(couple.id()).screens()))
                .as("a refused screen records nothing").isEmpty();
        intake.answerSafetyScreen(NewScreen.nothingOfConcern(null, null));
        assertThat(hold()).as("one partner screened").isEqualTo(ScreeningHold.NOT_SCREENED);
        as(sam);
        intake.answerSafetyScreen(new NewScreen(null, PartnerSlot.A, RiskStatus.NONE, RiskStatus.CURRENT, AffairStatus.NONE,
                RiskStatus.NONE, false, null, false, "He reads my messages every night"));

        assertThat(hold()).isEqualTo(ScreeningHold.REVIEW_PENDING);
        ScreeningHistory history = asLee(() -> context.getBean(Screenings.class).historyOf(couple.id()));
        assertThat(history.status()).isEqualTo(ScreeningStatus.REVIEW_PENDING);
        assertThat(history.screens()).hasSize(2).allSatisfy(screen -> assertThat(screen.recordedBy()).endsWith(
                ", at home in the portal"));
        assertThat(history.screens()).filteredOn(screen -> screen.flagged()).singleElement().satisfies(screen -> {
            assertThat(screen.partnerId()).as("filed under Sam, whatever slot the form said")
                    .isEqualTo(couple.partnerB().personId());
            assertThat(screen.currentFlags()).containsExactly(ScreeningFlag.COERCIVE_CONTROL);
        });
        as(alex);
        assertThatThrownBy(() -> context.getBean(Screenings.class).historyOf(couple.id())).as("a partner is no clinician")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asLee(() -> context.getBean(ScreensAtHome.class).answer(couple.id(),
                couple.partnerA().personId(), "Lee", NewScreen.nothingOfConcern(null, null))))
                .as("staff can't answer as a partner").isInstanceOf(AccessDeniedException.class);

        asLee(() -> context.getBean(Screenings.class).decide(couple.id(), new NewDecision(
                ClinicalDecision.INDIVIDUAL_WORK_FIRST, "Coercive control reported privately; individual sessions first.",
                null)));
        assertThat(hold()).isEqualTo(ScreeningHold.INDIVIDUAL_WORK_FIRST);
    }

    @Test
    void eachPartnersIntakeGoesToTheCareTeamOnly() {
        as(alex);
        assertThatThrownBy(() -> intake.answerIntake(new IntakeAnswers("  ", null, false, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("whatBringsYou"));
        assertThat(intake.intakeSentAt()).isEmpty();
        intake.answerIntake(new IntakeAnswers("We stopped talking after the baby came", "To laugh together again", true,
                "Two sessions with a counsellor in 2019", "I am thinking of leaving"));
        assertThat(intake.intakeSentAt()).isPresent();
        as(sam);
        assertThat(intake.intakeSentAt()).as("Sam has sent nothing").isEmpty();
        assertThatThrownBy(() -> intake.ofCouple(couple.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(asLee(() -> intake.ofCouple(couple.id()))).singleElement().satisfies(one -> {
            assertThat(one.personId()).isEqualTo(couple.partnerA().personId());
            assertThat(one.answers().forTherapistOnly()).isEqualTo("I am thinking of leaving");
        });
        assertThatThrownBy(() -> TestCouples.asFrontDesk(context, () -> intake.ofCouple(couple.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDueCsiAnsweredAtHomeIsScoredAsInTheClinicAndRecordedAsAnsweredAtHome() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> !asLee(
                () -> context.getBean(MeasuresDue.class).dueOf(couple.id())).isEmpty());
        as(alex);
        assertThat(measures.due()).singleElement().satisfies(due -> {
            assertThat(due.description()).isEqualTo("Baseline measure at the first joint session");
            assertThat(due.instrument().code()).isEqualTo("CSI-16");
        });
        List<Integer> happiest = new ArrayList<>(List.of(6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0));
        List<Integer> missingTwo = new ArrayList<>(happiest);
        missingTwo.set(3, null);
        missingTwo.set(15, null);
        assertThatThrownBy(() -> measures.answer(missingTwo))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("answers[3]", "answers[15]"));
        measures.answer(happiest);
        assertThat(measures.due()).as("answered").isEmpty();
        assertThatThrownBy(() -> measures.answer(happiest)).isInstanceOf(ConflictException.class);
        as(sam);
        assertThat(measures.due()).as("Sam answers his own").hasSize(1);

        List<Administration> kept = asLee(
                () -> context.getBean(MeasureAdministrations.class).administrationsOf(couple.id()));
        assertThat(kept).singleElement().satisfies(one -> {
            assertThat(one.partnerId()).isEqualTo(couple.partnerA().personId());
            assertThat(one.score()).as("the CSI-16's top score").isEqualTo(81);
            assertThat(one.clinicalRange()).isFalse();
            assertThat(one.enteredVia()).isEqualTo(AdministrationSource.HOME);
        });
        assertThat(asLee(() -> context.getBean(MeasuresDue.class).dueOf(couple.id())))
                .singleElement().satisfies(due -> assertThat(due.partnersMissing())
                        .containsExactly(couple.partnerB().displayName()));
    }

    @Test
    void aPartnerSeesTheirOwnScoresOnlyWhileTheirTherapistSharesThemAndNeverTheOtherPartners() {
        Couple measured = TestCouples.caredForBy(context, lee.staffId());
        Authentication alexToo = TestPartners.signedIn(context, measured, measured.partnerA());
        Authentication samToo = TestPartners.signedIn(context, measured, measured.partnerB());
        LocalDate today = LocalDate.now(TestClinicClock.clinic());
        List<Integer> fortyThree = List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        List<Integer> top = List.of(6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0);
        MeasureAdministrations clinic = context.getBean(MeasureAdministrations.class);
        asLee(() -> List.of(
                clinic.record(measured.id(), new AdministrationRequest("CSI-16", measured.partnerA().personId(),
                        today.minusDays(56), fortyThree)),
                clinic.record(measured.id(), new AdministrationRequest("CSI-16", measured.partnerA().personId(), today, top)),
                clinic.record(measured.id(), new AdministrationRequest("CSI-16", measured.partnerB().personId(), today,
                        fortyThree))));
        TrendSharing sharing = context.getBean(TrendSharing.class);
        as(alexToo);
        assertThat(measures.myTrend()).as("off by default").isEmpty();

        TestStaff outsider = TestAccounts.staff(context, "other", Roles.THERAPIST);
        assertThatThrownBy(() -> TestAccounts.asStaff(context, outsider.staffId(), () -> {
            sharing.share(measured.id(), measured.partnerA().personId(), true);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        asLee(() -> {
            sharing.share(measured.id(), measured.partnerA().personId(), true);
            return null;
        });
        assertThat(asLee(() -> sharing.sharedWith(measured.id()))).containsExactly(measured.partnerA().personId());

        as(alexToo);
        assertThat(measures.myTrend()).hasValueSatisfying(trend -> {
            assertThat(trend.instrument().clinicalCutoff()).isEqualByComparingTo("51.5");
            assertThat(trend.scores()).containsExactly(new OwnScore(today.minusDays(56), 43, true),
                    new OwnScore(today, 81, false));
        });
        as(samToo);
        assertThat(measures.myTrend()).as("not shared with Sam").isEmpty();

        asLee(() -> {
            sharing.share(measured.id(), measured.partnerA().personId(), false);
            return null;
        });
        as(alexToo);
        assertThat(measures.myTrend()).as("switched off again").isEmpty();
        assertThat(context.getBean(JdbcTemplate.class).queryForList("select reason from audit.audit_entry where "
                + "subject_type = 'OwnTrendSharing' and couple_id = ? and reason like 'own CSI trend%'", String.class,
                measured.id())).containsExactlyInAnyOrder(
                "own CSI trend shared with " + measured.partnerA().displayName() + " in the portal",
                "own CSI trend no longer shared with " + measured.partnerA().displayName() + " in the portal");
    }

    private ScreeningHold hold() {
        return TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).get(couple.id()).screeningHold());
    }

    private <T> T asLee(Supplier<T> work) {
        return TestAccounts.asStaff(context, lee.staffId(), work);
    }

    private static void as(Authentication partner) {
        SecurityContextHolder.getContext().setAuthentication(partner);
    }
}
