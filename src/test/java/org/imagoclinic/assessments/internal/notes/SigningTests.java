package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
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
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
                new NewSessionNote(session, null, null, DRAFT)));
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
                new NewSessionNote(null, null, null, DRAFT)));

        SessionNote signed = clinic.as(supervisee.username(), () -> notes.sign(note.id()));
        assertThat(signed.status()).isEqualTo(NoteStatus.AWAITING_CO_SIGN);
        assertThat(signed.coSignerId()).isEqualTo(supervisor.staffId());
        assertThat(clinic.as(supervisor.username(), notes::coSignQueue)).extracting(NoteInQueue::noteId).contains(note.id());
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
        assertThat(clinic.as(supervisee.username(), notes::dueForMe)).filteredOn(due -> due.noteId().equals(note.id()))
                .singleElement().extracting(NoteInQueue::status).isEqualTo(NoteStatus.RETURNED);

        clinic.as(supervisee.username(), () -> notes.addAddendum(note.id(), "Asked about safety at home; none reported."));
        assertThat(clinic.as(supervisor.username(), notes::coSignQueue)).extracting(NoteInQueue::noteId).contains(note.id());

        SessionNote coSigned = clinic.as(supervisor.username(), () -> notes.coSign(note.id(), "Thank you."));
        assertThat(coSigned.status()).isEqualTo(NoteStatus.CO_SIGNED);
        assertThat(coSigned.coSignedAt()).isNotNull();
        assertThat(coSigned.history()).extracting(NoteHistoryEntry::kind).containsExactly(NoteHistoryEntry.Kind.RETURNED,
                NoteHistoryEntry.Kind.ADDENDUM, NoteHistoryEntry.Kind.CO_SIGNED);
        assertThat(coSigned.draft().processNote()).as("the supervisor never sees the process note").isNull();
        assertThatThrownBy(() -> clinic.as(supervisor.username(), () -> notes.coSign(note.id(), null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theProcessNoteIsReturnedOnlyToItsAuthorWhenAskedFor() {
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        SessionNote note = clinic.as(therapist.username(), () -> notes.write(couple.id(),
                new NewSessionNote(null, null, null, DRAFT)));
        assertThat(note.draft().processNote()).isEqualTo(DRAFT.processNote());

        assertThat(clinic.as(therapist.username(), () -> notes.notesOf(couple.id(), null, false)))
                .singleElement().satisfies(listed -> assertThat(listed.draft().processNote()).isNull());
        assertThat(clinic.as(therapist.username(), () -> notes.notesOf(couple.id(), null, true)))
                .singleElement().satisfies(listed -> assertThat(listed.draft().processNote()).isEqualTo(DRAFT.processNote()));
    }
}
