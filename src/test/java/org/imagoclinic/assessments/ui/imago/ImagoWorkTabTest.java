package org.imagoclinic.assessments.ui.imago;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.RelationshipVision.Statement;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The "Imago work" tab of the couple page: who sees it, and the forms a therapist fills in the room. */
@ClinicIntegrationTest
class ImagoWorkTabTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ImagoRecords records;
    @Autowired
    JdbcTemplate jdbc;

    ImagoTestClinic clinic;
    TestStaff therapist;
    Couple couple;

    @BeforeEach
    void aCoupleInATherapistsCare() {
        clinic = new ImagoTestClinic(context, "admin");
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
    }

    @Test
    void theFrontDeskSeesNoImagoWorkTabAndTheTherapistDoes() {
        TestAccounts.signIn(context, "frontdesk");
        UI.getCurrent().navigate("couples/" + couple.id());
        assertThat(tabTitles()).doesNotContain("Imago work");

        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("couples/" + couple.id());
        assertThat(tabTitles()).contains("Imago work");
    }

    @Test
    void theTherapistRecordsAProfileWithTheAssembledStatementAndRevisesIt() {
        ImagoWork work = openTab();
        test($(Button.class).withText("Imago profile").single()).click();
        RecordDialog<?> dialog = $(RecordDialog.class).single();
        ProfileForm form = (ProfileForm) dialog.form;
        test(dialog.partner).selectItem(couple.partnerA().displayName());
        ProfileForm.CaregiverRow caregiver = (ProfileForm.CaregiverRow) form.caregivers.row(0);
        test(caregiver.label).setValue("father");
        test(caregiver.positive).setValue("funny");
        test(caregiver.negative).setValue("*absent\nimpatient");
        test(form.wantedMost).setValue("to be noticed");
        test(form.feelings).setValue("invisible");
        test(form.reactions).setValue("tried harder to please");
        test(form.partnerNegative).setValue("busy");
        test($(Button.class).withText("Assemble from the workup").single()).click();
        assertThat(form.statement.getValue()).isEqualTo("I am trying to get to be noticed from a partner who is busy, as my "
                + "father was absent. When I don't get it, I feel invisible and I tried harder to please.");
        test(form.statement).setValue("I try to get my busy partner to notice me, as I tried with my absent father.");
        test(dialog.save).click();

        assertThat(test(work.timeline).size()).isEqualTo(1);
        assertThat(test(work.timeline).getCellText(0, 1)).isEqualTo("Imago profile");
        test(work.timeline).clickRow(0);
        test($(Button.class).withText("Revise").single()).click();
        RecordDialog<?> revision = $(RecordDialog.class).single();
        ProfileForm revised = (ProfileForm) revision.form;
        assertThat(revised.wantedMost.getValue()).as("filled from the current version").isEqualTo("to be noticed");
        test(revised.tendency).selectItem("Maximiser (pursues, escalates)");
        test(revision.save).click();

        assertThat(test(work.timeline).size()).isEqualTo(2);
        assertThat(IntStream.range(0, 2).mapToObj(row -> test(work.timeline).getCellText(row, 4)).toList())
                .containsExactlyInAnyOrder("", "Revised");
        ImagoRecord current = clinic.as(therapist.username(), () -> records.list(couple.id(), ImagoRecordKind.IMAGO_PROFILE,
                null)).getFirst();
        assertThat(current.as(ImagoProfile.class).tendency()).isEqualTo(ImagoProfile.StressTendency.MAXIMISER);
        assertThat(current.as(ImagoProfile.class).unfinishedBusiness())
                .isEqualTo("I try to get my busy partner to notice me, as I tried with my absent father.");
    }

    @Test
    void theRequestFormFlagsANegativelyPhrasedRequestAndKeepsItOnlyWhenTheTherapistSaysSo() {
        ImagoWork work = openTab();
        test($(Button.class).withText("Behaviour change request").single()).click();
        RecordDialog<?> dialog = $(RecordDialog.class).single();
        RequestForm form = (RequestForm) dialog.form;
        test(form.asking).selectItem(couple.partnerB().displayName());
        test(form.frustration).setValue("You check your phone when I talk to you");
        test(form.feeling).setValue("unimportant");
        test(form.desire).setValue("to be listened to");
        RequestForm.RequestLine first = form.requests.get(0);
        test(first.text).setValue("Don't check your phone at dinner");
        assertThat(first.hint.isVisible()).isTrue();
        assertThat(first.hint.getText()).contains("Say what you want instead");
        assertThat(first.keep.isVisible()).isTrue();
        test(form.requests.get(1).text).setValue("Put your phone in the hall during dinner, every evening this week");
        test(form.chosen).selectItem("Request 2");

        test(dialog.save).click();
        assertThat(first.text.isInvalid()).isTrue();
        assertThat(form.requests.get(2).text.isInvalid()).as("empty request refused").isTrue();
        assertThat(form.requests.get(2).text.getErrorMessage()).contains("Write request 3");
        assertThat(jdbc.queryForObject("select count(*) from assessments.imago_record where couple_id = ?", Integer.class,
                couple.id())).isZero();

        test(form.requests.get(2).text).setValue("Ask me one question about my day each evening for two weeks");
        test(first.keep).click();
        test(dialog.save).click();

        assertThat(test(work.timeline).size()).isEqualTo(1);
        assertThat(test(work.timeline).getCellText(0, 3)).contains("You check your phone")
                .contains("chosen: Put your phone in the hall");
    }

    @Test
    void aDialogueIsRecordedInBothRoundsWithTheSendersPartAndTheReceiversSteps() {
        ImagoWork work = openTab();
        test($(Button.class).withText("Imago dialogue").single()).click();
        RecordDialog<?> dialog = $(RecordDialog.class).single();
        DialogueForm form = (DialogueForm) dialog.form;
        assertThat(dialog.getElement().getTextRecursively()).contains("What I hear you saying is… Did I get it? Is there more?")
                .contains("You make sense, because…").contains("I imagine you might be feeling…")
                .contains("Is now a good time?").doesNotContain("Second round");
        test(form.topic).setValue("Money");
        test(form.sender).selectItem(couple.partnerA().displayName());
        assertThat(form.receiver.getValue()).isEqualTo(couple.partnerB());
        test(form.first.oneTopic).selectItem("4");
        test(form.first.askedForDialogue).selectItem("5");
        test(form.first.mirroring).selectItem("5");
        test(form.first.summary).selectItem("4");
        test(form.first.validation).selectItem("3");
        test(form.roleSwap).click();
        assertThat(dialog.getElement().getTextRecursively()).contains("Second round: " + couple.partnerB().displayName()
                + " sends, " + couple.partnerA().displayName() + " receives");
        test(form.second.iStatements).selectItem("2");
        test(form.second.validation).selectItem("3");
        test(dialog.save).click();

        assertThat(form.second.validation.isInvalid()).as("validation before mirroring in the second round").isTrue();
        assertThat(form.second.validation.getErrorMessage()).contains("only after summary");
        test(form.second.mirroring).selectItem("3");
        test(form.second.summary).selectItem("2");
        test(dialog.save).click();

        String a = couple.partnerA().displayName();
        String b = couple.partnerB().displayName();
        assertThat(test(work.timeline).getCellText(0, 3)).as("no repeated title, each step with its rating").isEqualTo(
                "Money · " + a + " → " + b + ": mirroring 5, summary 4, validation 3; roles swapped: " + b + " → " + a
                        + ": mirroring 3, summary 2, validation 3");
        assertThat(test(work.timeline).getCellText(0, 0)).as("the clinic's date style").isEqualTo(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(
                        java.time.LocalDate.now(org.imagoclinic.support.TestClinicClock.clinic())));
        Dialogue stored = records.list(couple.id(), ImagoRecordKind.DIALOGUE, null).getFirst().as(Dialogue.class);
        assertThat(stored.rounds()).extracting(DialogueRound::senderId)
                .containsExactly(couple.partnerA().personId(), couple.partnerB().personId());
        assertThat(stored.rounds().getFirst().senderRatings()).isEqualTo(new SenderRatings(4, null, 5));
        assertThat(stored.rounds().get(1).senderRatings()).isEqualTo(new SenderRatings(null, 2, null));
    }

    @Test
    void aListStopsOfferingRowsAtItsLimitAndSaysWhy() {
        openTab();
        test($(Button.class).withText("Relationship vision").single()).click();
        VisionForm form = (VisionForm) $(RecordDialog.class).single().form;
        Button add = $(Button.class, form).withText("Add a statement").single();
        assertThat($(Span.class, form).withText("A list holds at most 50 entries.").all()).as("shown").isEmpty();
        form.statements.fill(Collections.nCopies(InputLimits.ITEMS - 1, new Statement("We laugh together", 1, false)));
        assertThat(add.isEnabled()).isTrue();
        test(add).click();
        assertThat(add.isEnabled()).isFalse();
        assertThat($(Span.class, form).withText("A list holds at most 50 entries.").all()).as("shown").hasSize(1);
    }

    @Test
    void aVisionStatementInTheFutureShowsTheHintAndTheChoiceToKeepItsWording() {
        openTab();
        test($(Button.class).withText("Relationship vision").single()).click();
        VisionForm form = (VisionForm) $(RecordDialog.class).single().form;
        assertThat($(Span.class, form).withText(RelationshipVision.NOT_PRESENT_HINT).all()).isEmpty();

        var text = (com.vaadin.flow.component.textfield.TextField) form.statements.row(0).fields().get("text");
        test(text).setValue("We will laugh more");

        assertThat($(Span.class, form).withText(RelationshipVision.NOT_PRESENT_HINT).all()).hasSize(1);
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class, form).all())
                .filteredOn(checkbox -> "Keep as worded".equals(checkbox.getLabel())).hasSize(1);
    }

    private ImagoWork openTab() {
        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("couples/" + couple.id());
        test($(TabSheet.class).single()).select("Imago work");
        return $(ImagoWork.class).single();
    }

    private List<String> tabTitles() {
        TabSheet sheet = $(TabSheet.class).single();
        return IntStream.range(0, sheet.getTabCount()).mapToObj(i -> sheet.getTabAt(i).getLabel()).toList();
    }
}
