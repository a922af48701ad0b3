package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.BehaviourChangeRequest.Request;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewFollowUp;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The assessments module's Imago events, published in the transaction that records the change, with
 * the facts reporting needs; and the note that a completed session makes due, once however often
 * the event is heard.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class AssessmentEventsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ImagoRecords records;
    @Autowired
    SessionNotes notes;
    @Autowired
    SessionCompletedListener listener;
    @Autowired
    JdbcTemplate jdbc;

    ImagoTestClinic clinic;
    TestStaff supervisor;
    TestStaff therapist;
    Couple couple;

    @BeforeEach
    void aSupervisedTherapistsCouple() {
        String admin = TestAccounts.create(context, "admin", "Admin", "admin-password-2026", false, Roles.ADMIN);
        clinic = new ImagoTestClinic(context, admin).bookingAs(TestAccounts.create(context, "frontdesk", "Front desk",
                "front-desk-password-2026", false, Roles.FRONT_DESK));
        supervisor = clinic.supervisor();
        therapist = clinic.supervisee(supervisor);
        couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        TestAccounts.signIn(context, therapist.username());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDialogueIsPublishedWithBothRoundsAndTheirRatings(Scenario scenario) {
        UUID a = couple.partnerA().personId();
        UUID b = couple.partnerB().personId();
        List<DialogueRound> rounds = List.of(
                new DialogueRound(a, b, new SenderRatings(4, 5, 3), new ReceiverRatings(5, 4, 3, null)),
                new DialogueRound(b, a, new SenderRatings(2, null, null), new ReceiverRatings(3, null, null, null)));
        Dialogue dialogue = new Dialogue(ExerciseKind.PARENT_CHILD_DIALOGUE, "Bedtime as a child", rounds, 40, null);

        scenario.stimulate(() -> records.record(couple.id(), NewImagoRecord.of(null, dialogue)))
                .andWaitForEventOfType(ExerciseRecorded.class)
                .matching(event -> event.coupleId().equals(couple.id()))
                .toArriveAndVerify((event, record) -> {
                    assertThat(event.exerciseId()).isEqualTo(record.id());
                    assertThat(event.kind()).isEqualTo(ExerciseKind.PARENT_CHILD_DIALOGUE);
                    assertThat(event.episodeId()).isEqualTo(couple.openEpisode().orElseThrow().id());
                    assertThat(event.partnerId()).isNull();
                    assertThat(event.recordedOn()).isEqualTo(record.recordedOn());
                    assertThat(event.rounds()).isEqualTo(rounds);
                    assertThat(event.ratings()).isNull();
                });
    }

    @Test
    void aBehaviourChangeRequestAndItsFollowUpArePublished(Scenario scenario) {
        UUID alex = couple.partnerA().personId();
        BehaviourChangeRequest bcr = new BehaviourChangeRequest(alex, "You are late for dinner", "unimportant",
                "to feel I matter", null, List.of(
                new Request("Text me by five if you will be late, every weekday for two weeks", 5, 2, false),
                new Request("Eat with me on Tuesdays and Thursdays this month", 4, 3, false),
                new Request("Plan one dinner out with me before the end of the month", 3, 2, false)), 1);

        AtomicReference<UUID> requestId = new AtomicReference<>();
        scenario.stimulate(() -> records.record(couple.id(), NewImagoRecord.of(null, bcr)))
                .andWaitForEventOfType(ExerciseRecorded.class)
                .matching(event -> event.coupleId().equals(couple.id()))
                .toArriveAndVerify((event, record) -> {
                    assertThat(event.kind()).isEqualTo(ExerciseKind.BEHAVIOUR_CHANGE_REQUEST);
                    assertThat(event.partnerId()).isEqualTo(alex);
                    assertThat(event.ratings()).isNull();
                    assertThat(event.rounds()).isEmpty();
                    requestId.set(record.id());
                });

        scenario.stimulate(() -> records.followUp(couple.id(), requestId.get(), new NewFollowUp(FollowUpOutcome.KEPT, null,
                        "Texted every day.", null)))
                .andWaitForEventOfType(RequestFollowedUp.class)
                .toArriveAndVerify((event, followUp) -> {
                    assertThat(event.followUpId()).isEqualTo(followUp.id());
                    assertThat(event.requestId()).isEqualTo(requestId.get());
                    assertThat(event.askingPartnerId()).isEqualTo(alex);
                    assertThat(event.outcome()).isEqualTo(FollowUpOutcome.KEPT);
                    assertThat(event.episodeId()).isEqualTo(couple.openEpisode().orElseThrow().id());
                });
    }

    @Test
    void signingAndCoSigningAreBothPublished(Scenario scenario) {
        SessionNote note = notes.write(couple.id(), new NewSessionNote(clinic.completedSession(couple, therapist, true),
                new NoteDraft("Practised the appreciation dialogue.", List.of(ExerciseKind.APPRECIATION_DIALOGUE), null, null)));

        scenario.stimulate(() -> notes.sign(note.id()))
                .andWaitForEventOfType(NoteSigned.class)
                .matching(event -> event.noteId().equals(note.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.coupleId()).isEqualTo(couple.id());
                    assertThat(event.authorId()).isEqualTo(therapist.staffId());
                    assertThat(event.joint()).isTrue();
                    assertThat(event.coSignerId()).isEqualTo(supervisor.staffId());
                });

        TestAccounts.signIn(context, supervisor.username());
        scenario.stimulate(() -> notes.coSign(note.id(), null))
                .andWaitForEventOfType(NoteCoSigned.class)
                .matching(event -> event.noteId().equals(note.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.supervisorId()).isEqualTo(supervisor.staffId());
                    assertThat(event.authorId()).isEqualTo(therapist.staffId());
                });
    }

    @Test
    void aCompletedSessionMakesOneNoteDueHoweverOftenItIsHeard(Scenario scenario) {
        UUID appointment = UUID.randomUUID();
        Instant start = TestClinicClock.current().minus(1, ChronoUnit.DAYS);
        SessionCompleted completed = new SessionCompleted(appointment, AppointmentKind.INDIVIDUAL, couple.id(),
                List.of(couple.partnerB().personId()), couple.openEpisode().orElseThrow().id(), List.of(therapist.staffId()),
                start, start.plus(50, ChronoUnit.MINUTES), false, start.plus(50, ChronoUnit.MINUTES));

        scenario.publish(completed)
                .andWaitForStateChange(() -> jdbc.queryForObject(
                        "select count(*) from assessments.session_note where appointment_id = ?", Integer.class, appointment),
                        count -> count == 1);

        assertThat(listener.noteDue(completed)).as("heard again").isFalse();
        SessionNote due = notes.notesOf(couple.id(), couple.partnerB().personId(), false).getFirst();
        assertThat(due.appointmentId()).isEqualTo(appointment);
        assertThat(due.status()).isEqualTo(NoteStatus.DUE);
        assertThat(due.joint()).isFalse();
        assertThat(due.authorId()).isEqualTo(therapist.staffId());
    }
}
