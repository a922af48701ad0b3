package org.imagoclinic.assessments.ui.imago;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.StaticParts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Session notes in the "Imago work" tab and on the home page: the therapist writes and signs a note
 * and adds an addendum; the supervisor returns a supervisee's note from the co-sign queue and
 * co-signs it once answered.
 */
@ClinicIntegrationTest
class SessionNotesUiTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionNotes notes;

    ImagoTestClinic clinic;
    TestStaff supervisor;
    TestStaff therapist;
    Couple couple;

    @BeforeEach
    void aSuperviseesCouple() {
        clinic = new ImagoTestClinic(context, "admin");
        supervisor = clinic.supervisor();
        therapist = clinic.supervisee(supervisor);
        couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
    }

    @Test
    void theTherapistWritesSignsAndAmendsANoteInTheTab() {
        UUID yesterday = clinic.completedSession(couple, therapist, true);
        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("couples/" + couple.id());
        test($(TabSheet.class).single()).select("Imago work");
        NotesPart part = $(NotesPart.class).single();

        test(part.write).click();
        NoteDialog dialog = $(NoteDialog.class).single();
        assertThat(dialog.session.getValue().id()).as("the note belongs to the session").isEqualTo(yesterday);
        test($(Button.class).withText("Sign").single()).click();
        assertThat(dialog.content.isInvalid()).as("nothing to sign").isTrue();
        assertThat(dialog.content.getErrorMessage()).isEqualTo("Write the note before you sign it.");
        assertThat(part.grid.getGenericDataView().getItems()).allMatch(note -> note.status() == NoteStatus.DUE);

        test(dialog.content).setValue("Practised mirroring on the money topic; Alex softened.");
        test(dialog.interventions).selectItem("Couples dialogue", "Caring behaviours");
        test(dialog.plan).setValue("Caring behaviours lists at home.");
        test(dialog.processNote).setValue("Countertransference: I felt protective of Sam.");
        test($(Button.class).withText("Sign").single()).click();

        assertThat(test(part.grid).size()).isEqualTo(1);
        assertThat(test(part.grid).getCellText(0, 2)).isEqualTo("Awaiting co-signature");
        SessionNote signed = test(part.grid).getRow(0);
        assertThat(test(part.grid).getCellText(0, 0)).as("the day as the clinic writes it")
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(signed.sessionOn()));
        assertThat(signed.draft().interventions()).containsExactlyInAnyOrder(ExerciseKind.COUPLES_DIALOGUE,
                ExerciseKind.CARING_BEHAVIOURS);
        assertThat(signed.draft().processNote()).as("kept out of the list").isNull();
        assertThat(signed.appointmentId()).isEqualTo(yesterday);
        assertThat(clinic.as(therapist.username(), () -> notes.dueForMe())).as("the session is no longer due").isEmpty();

        test(part.grid).clickRow(0);
        NoteDialog readBack = $(NoteDialog.class).single();
        assertThat(readBack.getElement().getTextRecursively()).contains("Countertransference: I felt protective of Sam.");
        assertThat($(Button.class).withText("Sign").exists()).as("signed: no more signing").isFalse();
        test(readBack.addendum).setValue("Correction: it was Sam who softened.");
        test($(Button.class).withText("Add addendum").single()).click();

        SessionNote amended = clinic.as(therapist.username(), () -> notes.get(signed.id(), false));
        assertThat(amended.draft().content()).isEqualTo("Practised mirroring on the money topic; Alex softened.");
        assertThat(amended.history()).singleElement().satisfies(entry ->
                assertThat(entry.text()).isEqualTo("Correction: it was Sam who softened."));
    }

    @Test
    void theNotesTabListsNotesBySessionAndALinkOpensTheSessionsNoteWithItsExercises() {
        UUID session = clinic.completedSession(couple, therapist, true);
        clinic.awaitDueNote(therapist, couple, session, true);
        clinic.as(therapist.username(), () -> context.getBean(org.imagoclinic.assessments.ImagoRecords.class).record(
                couple.id(), new org.imagoclinic.assessments.NewImagoRecord(null, session, null,
                        new org.imagoclinic.assessments.Appreciations(List.of(
                                new org.imagoclinic.assessments.Appreciations.Appreciation(couple.partnerA().personId(), "You listened"))))));
        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("couples/" + couple.id(), com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("tab", "notes", "session", session.toString())));

        NotesBySession tab = $(NotesBySession.class).single();
        assertThat(test(tab.grid).getCellText(0, 1)).isEqualTo("Due");
        NoteDialog dialog = $(NoteDialog.class).single();
        assertThat(dialog.interventions.getValue()).as("from the exercises recorded in the session")
                .containsExactly(ExerciseKind.APPRECIATIONS);
        test(dialog.content).setValue("Appreciations went round twice.");
        test($(Button.class).withText("Sign").single()).click();

        assertThat(test(tab.grid).getCellText(0, 1)).isEqualTo("Awaiting co-signature");
        assertThat(test(tab.grid).getCellText(0, 2)).isEqualTo("Appreciations went round twice.");
        assertThat(clinic.as(therapist.username(), () -> notes.dueForMe())).isEmpty();
    }

    @Test
    void emptyQueuesSayItInAWordWithoutAGrid() {
        TestAccounts.signIn(context, supervisor.username());
        UI.getCurrent().navigate("co-sign");
        VerticalLayout queue = $(VerticalLayout.class).id("co-sign-queue");
        assertThat(queue.getElement().getTextRecursively()).contains("No notes waiting for your co-signature.");
        assertThat($(Grid.class, queue).exists()).isFalse();

        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("");
        Element due = StaticParts.byId("notes-due").orElseThrow();
        assertThat(due.text()).contains("No notes due: every session has a signed note.");
        assertThat(due.select("table")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSupervisorReturnsANoteFromTheQueueAndCoSignsItOnceAnswered() {
        SessionNote note = clinic.as(therapist.username(), () -> {
            SessionNote written = notes.write(couple.id(), new NewSessionNote(clinic.completedSession(couple, therapist, true),
                    new NoteDraft("Introduced the couples dialogue.", List.of(ExerciseKind.COUPLES_DIALOGUE), null, null)));
            return notes.sign(written.id());
        });

        TestAccounts.signIn(context, supervisor.username());
        UI.getCurrent().navigate("co-sign");
        VerticalLayout queue = $(VerticalLayout.class).id("co-sign-queue");
        Grid<NoteInQueue> grid = $(Grid.class, queue).single();
        int row = rowOf(grid, note.id());
        assertThat(test(grid).getCellText(row, 1)).isEqualTo(couple.displayName());
        int waiting = Integer.parseInt(StaticParts.menuCount("co-sign").orElseThrow());
        test((Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1)).click();
        NoteDialog review = $(NoteDialog.class).single();
        test($(Button.class).withText("Return to author…").single()).click();
        assertThat(review.comment.isInvalid()).as("a return needs a comment").isTrue();
        test(review.comment).setValue("Say how each partner responded to mirroring.");
        test($(Button.class).withText("Return to author…").single()).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("Return this note to its author?");
        test(question).cancel();
        assertThat(clinic.as(therapist.username(), () -> notes.get(note.id(), false)).status())
                .as("kept when the supervisor thinks again").isEqualTo(NoteStatus.AWAITING_CO_SIGN);
        test($(Button.class).withText("Return to author…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(grid.getGenericDataView().getItems().map(NoteInQueue::noteId)).doesNotContain(note.id());
        assertThat(StaticParts.menuCount("co-sign")).as("the menu's count follows at once").contains(String.valueOf(waiting - 1));

        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("");
        Element due = StaticParts.byId("notes-due").orElseThrow();
        assertThat(due.select("th").eachText()).containsExactly("Session", "Couple", "Kind", "Therapist", "Status");
        assertThat(due.select("tbody tr")).singleElement().satisfies(line -> {
            assertThat(line.select("td").eachText()).containsSequence(couple.displayName(), "Joint")
                    .contains("Returned by the supervisor");
            assertThat(line.selectFirst("a").attr("href")).isEqualTo("couples/" + couple.id());
            assertThat(line.selectFirst("a").text()).isEqualTo(couple.displayName());
        });
        clinic.as(therapist.username(), () -> notes.addAddendum(note.id(), "Both mirrored accurately after two attempts."));

        TestAccounts.signIn(context, supervisor.username());
        UI.getCurrent().navigate("co-sign");
        Grid<NoteInQueue> again = $(Grid.class, $(VerticalLayout.class).id("co-sign-queue")).single();
        test((Button) test(again).getCellComponent(rowOf(again, note.id()), again.getColumns().size() - 1)).click();
        NoteDialog secondLook = $(NoteDialog.class).single();
        assertThat(secondLook.getElement().getTextRecursively()).contains("Both mirrored accurately after two attempts.");
        test($(Button.class).withText("Co-sign").single()).click();

        assertThat(clinic.as(therapist.username(), () -> notes.get(note.id(), false)).status()).isEqualTo(NoteStatus.CO_SIGNED);
        assertThat(again.getGenericDataView().getItems().map(NoteInQueue::noteId)).doesNotContain(note.id());
    }

    private int rowOf(Grid<NoteInQueue> grid, UUID noteId) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).noteId().equals(noteId)) {
                return row;
            }
        }
        throw new AssertionError("note " + noteId + " not listed");
    }
}
