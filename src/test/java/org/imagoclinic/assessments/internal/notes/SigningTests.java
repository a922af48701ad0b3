package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.NoteHistoryEntry;
import org.imagoclinic.assessments.NoteInQueue;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A note becomes due when a session is completed; once signed it never changes (changes are dated
 * addenda); a supervisee's signed note waits for their supervisor, who co-signs it or returns it.
 */
@ClinicIntegrationTest
class SigningTests {

    static final NoteDraft DRAFT = new NoteDraft("Both partners practised mirroring on the chores topic.",
            List.of(ExerciseKind.COUPLES_DIALOGUE), "Caring behaviours lists as home practice.",
            "My own sense: Sam's withdrawal echoes their father.");

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionNotes notes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionCompletedListener listener;
    @Autowired
    PlatformTransactionManager transactions;

    ImagoTestClinic clinic;

    @BeforeEach
    void aClinic() {
        clinic = new ImagoTestClinic(context, "admin");
    }

    @Test
    void aCompletedSessionMakesANoteDueWhichOnceSignedOnlyTakesDatedAddenda() {
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        UUID session = clinic.completedSession(couple, therapist, true);

        SessionNote due = clinic.awaitDueNote(therapist, couple, session, true);
        assertThat(due.status()).isEqualTo(NoteStatus.DUE);
        assertThat(clinic.as(therapist.username(), notes::dueForMe)).extracting(NoteInQueue::noteId).contains(due.id());

        SessionNote written = clinic.as(therapist.username(), () -> notes.write(couple.id(),
                new NewSessionNote(session, DRAFT)));
        assertThat(written.id()).as("fills the note that was due").isEqualTo(due.id());
        assertThat(written.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(written.joint()).isTrue();

        SessionNote signed = clinic.as(therapist.username(), () -> notes.sign(due.id()));
        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.coSignerId()).as("works without supervision").isNull();
        assertThat(clinic.as(therapist.username(), notes::dueForMe)).extracting(NoteInQueue::noteId).doesNotContain(due.id());

        assertThatThrownBy(() -> clinic.as(therapist.username(), () -> notes.saveDraft(due.id(),
                new NoteDraft("Rewritten", List.of(), null, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("add a dated addendum");
        assertThatThrownBy(() -> jdbc.update("update assessments.session_note set content = 'tampered' where id = ?", due.id()))
                .hasMessageContaining("a signed note is immutable");
        assertThatThrownBy(() -> clinic.as(therapist.username(), () -> notes.addAddendum(due.id(), " ")))
                .isInstanceOf(InvalidInputException.class);

        SessionNote amended = clinic.as(therapist.username(), () -> notes.addAddendum(due.id(),
                "Correction: the topic was money, not chores."));
        assertThat(amended.draft().content()).isEqualTo(DRAFT.content());
        assertThat(amended.history()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(NoteHistoryEntry.Kind.ADDENDUM);
            assertThat(entry.text()).isEqualTo("Correction: the topic was money, not chores.");
            assertThat(entry.at()).isAfter(signed.signedAt());
        });
        assertThatThrownBy(() -> jdbc.update("delete from assessments.note_event where note_id = ?", due.id()))
                .hasMessageContaining("append-only");
    }

    @Test
    void aSuperviseesSignedNoteIsCoSignedOrReturnedByTheirSupervisorOnly() {
        TestStaff supervisor = clinic.supervisor();
        TestStaff supervisee = clinic.supervisee(supervisor);
        TestStaff otherSupervisor = clinic.supervisor();
        Couple couple = clinic.couple(supervisee.staffId(), ConfidentialityPolicy.NO_SECRETS);
        SessionNote note = clinic.as(supervisee.username(), () -> notes.write(couple.id(),
                new NewSessionNote(clinic.completedSession(couple, supervisee, true), DRAFT)));

        SessionNote signed = clinic.as(supervisee.username(), () -> notes.sign(note.id()));
        assertThat(signed.status()).isEqualTo(NoteStatus.AWAITING_CO_SIGN);
        assertThat(signed.coSignerId()).isEqualTo(supervisor.staffId());
        assertThat(clinic.as(supervisor.username(), notes::coSignQueue)).extracting(NoteInQueue::noteId).contains(note.id());
        thePracticeReportCountsTheQueue(supervisor);
        assertThat(clinic.as(otherSupervisor.username(), notes::coSignQueue)).extracting(NoteInQueue::noteId)
                .doesNotContain(note.id());
        assertThatThrownBy(() -> clinic.as(supervisee.username(), () -> notes.coSign(note.id(), null)))
                .isInstanceOf(ExplainedRefusal.class);

        assertThatThrownBy(() -> clinic.as(supervisor.username(), () -> notes.returnToAuthor(note.id(), "")))
                .isInstanceOf(InvalidInputException.class);
        SessionNote returned = clinic.as(supervisor.username(), () -> notes.returnToAuthor(note.id(),
                "Say which safety questions you asked."));
        assertThat(returned.status()).isEqualTo(NoteStatus.RETURNED);
        assertThat(clinic.as(supervisor.username(), notes::coSignQueue)).extracting(NoteInQueue::noteId)
                .doesNotContain(note.id());
        thePracticeReportCountsTheQueue(supervisor);
        assertThat(clinic.as(supervisee.username(), notes::dueForMe)).filteredOn(due -> due.noteId().equals(note.id()))
                .singleElement().extracting(NoteInQueue::status).isEqualTo(NoteStatus.RETURNED);

        clinic.as(supervisee.username(), () -> notes.addAddendum(note.id(), "Asked about safety at home; none reported."));
        assertThat(clinic.as(supervisor.username(), notes::coSignQueue)).extracting(NoteInQueue::noteId).contains(note.id());
        thePracticeReportCountsTheQueue(supervisor);

        SessionNote coSigned = clinic.as(supervisor.username(), () -> notes.coSign(note.id(), "Thank you."));
        assertThat(coSigned.status()).isEqualTo(NoteStatus.CO_SIGNED);
        assertThat(coSigned.coSignedAt()).isNotNull();
        assertThat(coSigned.history()).extracting(NoteHistoryEntry::kind).containsExactly(NoteHistoryEntry.Kind.RETURNED,
                NoteHistoryEntry.Kind.ADDENDUM, NoteHistoryEntry.Kind.CO_SIGNED);
        assertThat(coSigned.draft().processNote()).as("the supervisor never sees the process note").isNull();
        assertThatThrownBy(() -> clinic.as(supervisor.username(), () -> notes.coSign(note.id(), null)))
                .isInstanceOf(ConflictException.class);
    }

    /**
     * The practice report's "awaiting co-signature" for the supervisor's team is the number of notes in the
     * supervisor's queue: a returned note waits for its author, not for the supervisor.
     */
    private void thePracticeReportCountsTheQueue(TestStaff supervisor) {
        int queued = clinic.as(supervisor.username(), notes::coSignQueue).size();
        Reports reports = context.getBean(Reports.class);
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        ReportFilter team = new ReportFilter(today.minusYears(1), today, null, supervisor.staffId(), null, null,
                ReportFilter.DEFAULT_INSTRUMENT);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(clinic.as(supervisor.username(),
                () -> reports.practice(team).notesAwaitingCoSignature())).isEqualTo(queued));
    }

    @Test
    void theProcessNoteIsReturnedOnlyToItsAuthorWhenAskedFor() {
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        SessionNote note = clinic.as(therapist.username(), () -> notes.write(couple.id(),
                new NewSessionNote(clinic.completedSession(couple, therapist, true), DRAFT)));
        assertThat(note.draft().processNote()).isEqualTo(DRAFT.processNote());

        assertThat(clinic.as(therapist.username(), () -> notes.notesOf(couple.id(), null, false)))
                .singleElement().satisfies(listed -> assertThat(listed.draft().processNote()).isNull());
        assertThat(clinic.as(therapist.username(), () -> notes.notesOf(couple.id(), null, true)))
                .singleElement().satisfies(listed -> assertThat(listed.draft().processNote()).isEqualTo(DRAFT.processNote()));
    }

    /**
     * The therapist writes the note of a session completed a moment ago while its listener is making
     * the note due: the listener's insert commits after the therapist looked for a note and before
     * the therapist's insert. The words go into the session's one note, and the save does not fail.
     */
    @Test
    void aNoteWrittenJustAsItFallsDueFillsTheDueNote() throws Exception {
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        UUID session = clinic.completedSession(couple, therapist, true);
        SessionNote firstDue = clinic.awaitDueNote(therapist, couple, session, true);
        jdbc.update("delete from assessments.session_note where id = ?", firstDue.id()); // as if its listener had not run yet
        Instant start = firstDue.sessionOn().atTime(10, 0).atZone(TestClinicClock.clinic().getZone()).toInstant();
        SessionCompleted completed = new SessionCompleted(session, AppointmentKind.JOINT, couple.id(),
                List.of(couple.partnerA().personId(), couple.partnerB().personId()), firstDue.episodeId(),
                List.of(therapist.staffId()), start, start.plus(Duration.ofMinutes(90)), true, TestClinicClock.current());

        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CountDownLatch dueNoteInserted = new CountDownLatch(1);
            CountDownLatch commitDueNote = new CountDownLatch(1);
            CompletableFuture<Boolean> listenerRun = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                    .execute(status -> {
                        boolean inserted = listener.noteDue(completed);
                        dueNoteInserted.countDown();
                        awaitQuietly(commitDueNote);
                        return inserted;
                    }), threads);
            assertThat(dueNoteInserted.await(20, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<SessionNote> write = CompletableFuture.supplyAsync(() -> clinic.as(therapist.username(),
                    () -> notes.write(couple.id(), new NewSessionNote(session, DRAFT))), threads);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from pg_stat_activity "
                    + "where wait_event_type = 'Lock' and query like '%session_note%'", Integer.class) > 0);
            commitDueNote.countDown();

            assertThat(listenerRun.get(20, TimeUnit.SECONDS)).as("the listener made the note due").isTrue();
            SessionNote written = write.get(20, TimeUnit.SECONDS);
            assertThat(written.status()).isEqualTo(NoteStatus.DRAFT);
            assertThat(written.draft().content()).isEqualTo(DRAFT.content());
            assertThat(jdbc.queryForList("select id from assessments.session_note where appointment_id = ?", UUID.class, session))
                    .containsExactly(written.id());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
