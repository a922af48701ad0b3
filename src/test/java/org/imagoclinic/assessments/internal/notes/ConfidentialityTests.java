package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.NewSessionNote;
import org.imagoclinic.assessments.NoteDraft;
import org.imagoclinic.assessments.PositiveTraits;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What one partner says in an individual session: under "confidential individual sessions" it never
 * reaches the joint record, and only the care team (and the supervisor) read it on the partner's own
 * record, not a clinician in through break-glass; under "no secrets" the care team sees it on the
 * couple's record.
 */
@ClinicIntegrationTest
class ConfidentialityTests {

    static final String SECRET = "Alex spoke about an old betrayal they have not told Sam about.";

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionNotes notes;
    @Autowired
    ImagoRecords records;

    ImagoTestClinic clinic;
    TestStaff supervisor;
    TestStaff therapist;

    @BeforeEach
    void aSupervisedTherapist() {
        clinic = new ImagoTestClinic(context, "admin");
        supervisor = clinic.supervisor();
        therapist = clinic.supervisee(supervisor);
    }

    @Test
    void underConfidentialIndividualSessionsAPartnersIndividualWorkNeverReachesTheJointRecord() {
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        UUID alex = couple.partnerA().personId();
        IndividualWork work = individualWorkOf(couple);

        for (String reader : List.of(therapist.username(), supervisor.username())) {
            assertThat(jointNoteTexts(reader, couple)).containsExactly("Joint session: mirroring practice.");
            assertThat(clinic.as(reader, () -> records.timeline(couple.id(), null))).extracting(ImagoRecord::kind)
                    .containsExactly(ImagoRecordKind.POSITIVE_TRAITS);
            assertThat(clinic.as(reader, () -> records.list(couple.id(), ImagoRecordKind.WOUND_EXPLORATION, null))).isEmpty();
            assertThat(clinic.as(reader, () -> notes.notesOf(couple.id(), alex, false)))
                    .extracting(note -> note.draft().content()).containsExactly(SECRET);
            assertThat(clinic.as(reader, () -> records.timeline(couple.id(), alex))).extracting(ImagoRecord::kind)
                    .contains(ImagoRecordKind.WOUND_EXPLORATION);
        }

        TestStaff covering = clinic.therapist();
        clinic.as(covering.username(), () -> context.getBean(ClinicalAccess.class)
                .breakGlass(couple.id(), BreakGlassCategory.COVERING_ABSENT_THERAPIST, "Covering a crisis call while the therapist is on leave"));
        assertThat(jointNoteTexts(covering.username(), couple)).containsExactly("Joint session: mirroring practice.");
        assertThat(clinic.as(covering.username(), () -> notes.notesOf(couple.id(), alex, false))).isEmpty();
        assertThat(clinic.as(covering.username(), () -> records.timeline(couple.id(), alex))).extracting(ImagoRecord::kind)
                .doesNotContain(ImagoRecordKind.WOUND_EXPLORATION);
        assertThatThrownBy(() -> clinic.as(covering.username(), () -> notes.get(work.note().id(), false)))
                .isInstanceOf(ExplainedRefusal.class).hasMessageContaining("confidential");
        assertThatThrownBy(() -> clinic.as(covering.username(), () -> records.get(couple.id(), work.wound().id())))
                .isInstanceOf(ExplainedRefusal.class);
    }

    @Test
    void underNoSecretsTheCareTeamSeesIndividualWorkOnTheCouplesRecord() {
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        individualWorkOf(couple);

        for (String reader : List.of(therapist.username(), supervisor.username())) {
            assertThat(jointNoteTexts(reader, couple)).containsExactlyInAnyOrder("Joint session: mirroring practice.", SECRET);
            assertThat(clinic.as(reader, () -> records.timeline(couple.id(), null))).extracting(ImagoRecord::kind)
                    .containsExactlyInAnyOrder(ImagoRecordKind.POSITIVE_TRAITS, ImagoRecordKind.WOUND_EXPLORATION);
        }
    }

    record IndividualWork(SessionNote note, ImagoRecord wound) {
    }

    private IndividualWork individualWorkOf(Couple couple) {
        UUID alex = couple.partnerA().personId();
        return clinic.as(therapist.username(), () -> {
            notes.write(couple.id(), new NewSessionNote(clinic.completedSession(couple, therapist, true),
                    new NoteDraft("Joint session: mirroring practice.", List.of(), null, null)));
            SessionNote individual = notes.write(couple.id(), new NewSessionNote(clinic.completedSession(couple, therapist, false, 12),
                    new NoteDraft(SECRET, List.of(), null, null)));
            ImagoRecord wound = records.record(couple.id(), NewImagoRecord.of(alex,
                    new WoundExploration("Alex was left alone a lot after their brother was born.", "Feels left out when Sam works late.")));
            records.record(couple.id(), NewImagoRecord.of(couple.partnerB().personId(),
                    new PositiveTraits(List.of("kind", "patient"))));
            return new IndividualWork(individual, wound);
        });
    }

    private List<String> jointNoteTexts(String reader, Couple couple) {
        return clinic.as(reader, () -> notes.notesOf(couple.id(), null, false)).stream()
                .map(note -> note.draft().content()).toList();
    }
}
