package org.imagoclinic.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.reporting.PracticeReport.SkillMonth;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The dialogue-skill trend reads both rounds of a dialogue and the sender's part (ADR 0045): each
 * partner's sender ratings come from the rounds they sent, their receiver ratings from the rounds
 * they received; the couple's trend averages every round.
 */
@ClinicIntegrationTest
class DialogueSkillTrendTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ImagoRecords records;
    @Autowired
    Reports reports;

    @Test
    void eachPartnerIsRatedAsSenderWhenTheySentAndAsReceiverWhenTheyReceived() {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        UUID a = couple.partnerA().personId();
        UUID b = couple.partnerB().personId();
        // A sends, then the roles swap and B sends; and a dialogue of one round where A sends again
        dialogue(clinic, therapist, couple, new DialogueRound(a, b, new SenderRatings(4, 3, 5), new ReceiverRatings(3, 2, null, null)),
                new DialogueRound(b, a, new SenderRatings(2, 2, null), new ReceiverRatings(5, 4, 3, null)));
        dialogue(clinic, therapist, couple, new DialogueRound(a, b, new SenderRatings(2, null, 3), new ReceiverRatings(1, null, null, null)));
        String month = LocalDate.now(TestClinicClock.clinic()).toString().substring(0, 7);

        CoupleProgress progress = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> clinic.as(therapist.username(), () -> reports.progress(couple.id())),
                p -> p.dialogueTrend().stream().anyMatch(m -> m.rounds() == 3));

        assertThat(progress.partnerSkills()).extracting(CoupleProgress.PartnerSkills::partnerId).containsExactly(a, b);
        SkillMonth ofA = progress.partnerSkills().get(0).months().getFirst();
        assertThat(ofA).isEqualTo(new SkillMonth(month, 2, 3, 3.0, 3.0, 4.0, 5.0, 4.0, 3.0, null));
        SkillMonth ofB = progress.partnerSkills().get(1).months().getFirst();
        assertThat(ofB).isEqualTo(new SkillMonth(month, 2, 3, 2.0, 2.0, null, 2.0, 2.0, null, null));
        SkillMonth ofCouple = progress.dialogueTrend().getFirst();
        assertThat(ofCouple.dialogues()).isEqualTo(2);
        assertThat(ofCouple.oneTopic()).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(ofCouple.mirroring()).isCloseTo(3.0, within(1e-9));
        assertThat(ofCouple.validation()).isCloseTo(3.0, within(1e-9));
    }

    private void dialogue(ImagoTestClinic clinic, TestStaff therapist, Couple couple, DialogueRound... rounds) {
        clinic.as(therapist.username(), () -> records.record(couple.id(), NewImagoRecord.of(null,
                new Dialogue(ExerciseKind.COUPLES_DIALOGUE, "Evenings", List.of(rounds), 30, null))));
    }
}
