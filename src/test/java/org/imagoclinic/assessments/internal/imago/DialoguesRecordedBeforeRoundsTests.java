package org.imagoclinic.assessments.internal.imago;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dialogues stored before they had rounds (one sender, one receiver, the receiver's ratings and a
 * "roles swapped" tick) read as rounds once migration V60 has run, and their archived events still
 * read for a rebuild of the reports (ADR 0045).
 */
@ClinicIntegrationTest
class DialoguesRecordedBeforeRoundsTests {

    private static final String MIGRATION = "/db/migration/assessments/V60__dialogue_rounds.sql";

    @Autowired
    ApplicationContext context;
    @Autowired
    ImagoRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aDialogueOfTheOldShapeBecomesItsFirstRoundAndASwapASecondRoundWithNothingRated() throws IOException {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        UUID a = couple.partnerA().personId();
        UUID b = couple.partnerB().personId();
        UUID swapped = storedTheOldWay(clinic, therapist, couple, """
                {"dialogueKind": "COUPLES_DIALOGUE", "topic": "Chores", "senderId": "%s", "receiverId": "%s",
                 "ratings": {"mirroring": 4, "summary": 3, "validation": null, "empathy": null, "roleSwap": true},
                 "durationMinutes": 30, "notes": null}""".formatted(a, b));
        UUID single = storedTheOldWay(clinic, therapist, couple, """
                {"dialogueKind": "APPRECIATION_DIALOGUE", "topic": "Thanks", "senderId": "%s", "receiverId": "%s",
                 "ratings": {"mirroring": 5, "summary": null, "validation": null, "empathy": null, "roleSwap": false},
                 "durationMinutes": null, "notes": null}""".formatted(b, a));

        jdbc.execute(migration());

        Dialogue both = clinic.as(therapist.username(), () -> records.get(couple.id(), swapped).as(Dialogue.class));
        assertThat(both.rounds()).containsExactly(
                new DialogueRound(a, b, SenderRatings.NONE, new ReceiverRatings(4, 3, null, null)),
                new DialogueRound(b, a, SenderRatings.NONE, ReceiverRatings.NONE));
        assertThat(both.summary()).isEqualTo("Couples dialogue: Chores (mirroring, summary; roles swapped: no step reached)");
        Dialogue one = clinic.as(therapist.username(), () -> records.get(couple.id(), single).as(Dialogue.class));
        assertThat(one.rounds()).containsExactly(new DialogueRound(b, a, SenderRatings.NONE, new ReceiverRatings(5, null, null, null)));
        assertThat(one.rolesSwapped()).isFalse();
    }

    @Test
    void anArchivedEventOfADialogueWithoutRoundsStillReadsWithItsReceiverRatings() {
        ExerciseRecorded old = json.readValue("""
                {"exerciseId": "00000000-0000-0000-0000-000000000001", "kind": "COUPLES_DIALOGUE",
                 "coupleId": "00000000-0000-0000-0000-000000000002", "episodeId": "00000000-0000-0000-0000-000000000003",
                 "partnerId": null, "appointmentId": null, "recordedOn": "2026-03-02",
                 "ratings": {"mirroring": 4, "summary": 3, "validation": 2, "empathy": null, "roleSwap": true}}""",
                ExerciseRecorded.class);

        assertThat(old.ratings()).isEqualTo(new ReceiverRatings(4, 3, 2, null));
        assertThat(old.rounds()).isEmpty();
    }

    /** A dialogue recorded through the service, then given the payload it would have had before V60. */
    private UUID storedTheOldWay(ImagoTestClinic clinic, TestStaff therapist, Couple couple, String oldPayload) {
        Dialogue dialogue = new Dialogue(ExerciseKind.COUPLES_DIALOGUE, "placeholder", List.of(new DialogueRound(
                couple.partnerA().personId(), couple.partnerB().personId(), null, null)), null, null);
        UUID id = clinic.as(therapist.username(), () -> records.record(couple.id(), NewImagoRecord.of(null, dialogue)).id());
        jdbc.update("update assessments.imago_record set payload = ?::jsonb where id = ?", oldPayload, id);
        return id;
    }

    private String migration() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
