package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.BookingEligibility.Hold;
import org.imagoclinic.clients.BookingEligibility.JointSessionPurpose;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewDecision;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningStatus;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The screening hold as the scheduling module will meet it: {@link BookingEligibility} refuses
 * joint sessions for a flagged couple, with the reason in plain words and nothing clinical in it.
 */
@ClinicIntegrationTest
class ScreeningHoldTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    BookingEligibility booking;
    @Autowired
    Screenings screenings;
    @Autowired
    EpisodesOfCare episodes;

    TestStaff therapist;
    Couple couple;

    @BeforeEach
    void aCoupleInIntakeWithItsTherapistSignedIn() {
        therapist = TestAccounts.staff(context, "hold", Roles.THERAPIST);
        couple = TestCouples.unscreenedCaredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCoupleNotYetScreenedMayBookAnIntakeButNoCoupleSessionUntilBothPartnersAre() {
        BookingEligibility.Answer unscreened = booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT);
        assertThat(unscreened.allowed()).isFalse();
        assertThat(unscreened.hold()).isEqualTo(Hold.NOT_SCREENED);
        assertThat(unscreened.reason()).contains(couple.displayName()).contains("screened both partners");
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.INTAKE).allowed()).isTrue();

        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.A));
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT).hold()).isEqualTo(Hold.NOT_SCREENED);
        assertThat(screenings.historyOf(couple.id()).status()).isEqualTo(ScreeningStatus.PARTLY_SCREENED);

        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.B));
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.INTAKE).allowed()).isTrue();
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT).allowed()).isTrue();
    }

    @Test
    void aScreenMustSayWhoseAnswersItHoldsAndAnswerCoerciveControl() {
        NewScreen nobody = new NewScreen(null, null, RiskStatus.NONE, null, AffairStatus.NONE, RiskStatus.NONE, false,
                null, false, null);

        assertThatThrownBy(() -> screenings.record(couple.id(), nobody))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKeys("partner", "coerciveControl"));
        assertThat(screenings.historyOf(couple.id()).screens()).isEmpty();
    }

    @Test
    void oneAnswerOfOnePartnerHoldsTheCoupleAndTheScreenIsFiledUnderThatPartner() {
        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.A));
        Screen coercion = screenings.record(couple.id(), new NewScreen(null, PartnerSlot.B, RiskStatus.NONE,
                RiskStatus.CURRENT, AffairStatus.NONE, RiskStatus.NONE, false, null, false, "Said in her own call."));

        assertThat(coercion.partnerId()).isEqualTo(couple.partnerB().personId());
        assertThat(coercion.currentFlags()).containsExactly(ScreeningFlag.COERCIVE_CONTROL);
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT).hold()).isEqualTo(Hold.SCREENING_REVIEW);
    }

    @Test
    void noJointSessionOfAnyKindMayBeBookedWhileTheScreenIsUnderReview() {
        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.B));
        screenings.record(couple.id(), TestCouples.flaggedScreen());

        for (JointSessionPurpose purpose : JointSessionPurpose.values()) {
            BookingEligibility.Answer answer = booking.jointSession(couple.id(), purpose);
            assertThat(answer.allowed()).as(purpose.name()).isFalse();
            assertThat(answer.hold()).isEqualTo(Hold.SCREENING_REVIEW);
            assertThat(answer.reason()).contains(couple.displayName()).contains("reviewed the intake screen")
                    .doesNotContainIgnoringCase("violence");
        }
        assertThat(booking.individualSession(couple.id(), couple.partnerA().personId()).allowed()).isTrue();
        assertThat(booking.atAGlance(couple.id()).screeningHold().holdsJointSessions()).isTrue();
        assertThatThrownBy(() -> episodes.start(couple.id(), couple.openEpisode().orElseThrow().id(), StatusChange.today()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("screening review");
    }

    @Test
    void aDecisionToProceedLiftsTheHoldAndTreatmentMayStart() {
        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.B));
        screenings.record(couple.id(), TestCouples.flaggedScreen());

        screenings.decide(couple.id(), new NewDecision(ClinicalDecision.PROCEED_WITH_JOINT_WORK,
                "Past incident only; safety plan agreed with both partners.", null));

        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT).allowed()).isTrue();
        assertThat(episodes.start(couple.id(), couple.openEpisode().orElseThrow().id(), StatusChange.today()).status())
                .hasToString("ACTIVE");
    }

    @Test
    void individualWorkFirstKeepsJointSessionsOffUntilALaterScreenFindsNothing() {
        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.B));
        screenings.record(couple.id(), TestCouples.flaggedScreen());
        screenings.decide(couple.id(), new NewDecision(ClinicalDecision.INDIVIDUAL_WORK_FIRST,
                "Each partner needs individual sessions on safety first.", null));

        BookingEligibility.Answer joint = booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT);
        assertThat(joint.hold()).isEqualTo(Hold.INDIVIDUAL_WORK_FIRST);
        assertThat(joint.reason()).contains("book individual sessions");
        assertThat(booking.individualSession(couple.id(), couple.partnerB().personId()).allowed()).isTrue();

        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.B));
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT).hold())
                .as("the other partner's clean screen does not end partner A's concern").isEqualTo(Hold.INDIVIDUAL_WORK_FIRST);
        screenings.record(couple.id(), NewScreen.nothingOfConcern(null, PartnerSlot.A));
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT).allowed()).isTrue();
    }

    @Test
    void aCoupleReferredOutGetsNoSessionsHere() {
        screenings.record(couple.id(), TestCouples.flaggedScreen());
        screenings.decide(couple.id(), new NewDecision(ClinicalDecision.REFER_OUT,
                "Referred to the domestic abuse service.", null));

        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.INTAKE).hold()).isEqualTo(Hold.REFERRED_OUT);
        assertThat(booking.individualSession(couple.id(), couple.partnerA().personId()).hold())
                .isEqualTo(Hold.REFERRED_OUT);
    }

    @Test
    void treatmentSessionsNeedAnOpenEpisodeThatIsNotPausedButAnIntakeSessionDoesNot() {
        Couple unassigned = TestCouples.asFrontDesk(context,
                () -> context.getBean(org.imagoclinic.clients.Couples.class).register(TestCouples.registration()));

        assertThat(booking.jointSession(unassigned.id(), JointSessionPurpose.INTAKE).allowed()).isTrue();
        BookingEligibility.Answer treatment = booking.jointSession(unassigned.id(), JointSessionPurpose.TREATMENT);
        assertThat(treatment.hold()).isEqualTo(Hold.NO_OPEN_EPISODE);
        assertThat(treatment.reason()).contains("no open episode of care");

        UUID episode = couple.openEpisode().orElseThrow().id();
        episodes.start(couple.id(), episode, StatusChange.today());
        episodes.pause(couple.id(), episode, new StatusChange(null, "Baby due, back in spring"));
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.TREATMENT).hold()).isEqualTo(Hold.EPISODE_PAUSED);
    }

    @Test
    void theCalendarGetsNamesPartnersAndTherapistsButNothingClinical() {
        BookingEligibility.CoupleAtAGlance glance = booking.atAGlance(couple.id());

        assertThat(glance.displayName()).isEqualTo(booking.displayName(couple.id())).contains(" & ");
        assertThat(glance.partnerIds()).containsExactly(couple.partnerA().personId(), couple.partnerB().personId());
        assertThat(glance.partnerA().displayName()).startsWith("Alex ");
        assertThat(glance.openEpisode()).hasValueSatisfying(open ->
                assertThat(open.therapistIds()).containsExactly(therapist.staffId()));
        assertThatThrownBy(() -> booking.individualSession(couple.id(), UUID.randomUUID()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of the partners");
    }

    @Test
    void onlyTheCareTeamRecordsAScreenOrADecision() {
        var stranger = TestAccounts.staff(context, "stranger", Roles.THERAPIST);
        screenings.record(couple.id(), TestCouples.flaggedScreen());
        TestAccounts.signIn(context, stranger.username());

        assertThatThrownBy(() -> screenings.decide(couple.id(), new NewDecision(ClinicalDecision.PROCEED_WITH_JOINT_WORK,
                "I think they are fine together.", null)))
                .isInstanceOf(ExplainedRefusal.class)
                .hasMessageContaining("not on this couple's care team");
        assertThat(booking.jointSession(couple.id(), JointSessionPurpose.INTAKE).allowed()).isFalse();
    }
}
