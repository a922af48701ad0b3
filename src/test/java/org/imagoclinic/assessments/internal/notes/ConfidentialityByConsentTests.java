package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.assessments.WoundExploration;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Confidentiality by consent (ADR 0028): the front desk records the policy at registration only;
 * later the care team changes it with both partners' consent; and each record keeps the policy it
 * was written under, so a change never brings what a partner said in confidence into the joint record.
 */
@ClinicIntegrationTest
class ConfidentialityByConsentTests {

    static final String SECRET = "Alex spoke about an old betrayal they have not told Sam about.";
    static final String JOINT = "Joint session: mirroring practice.";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SessionNotes notes;
    @Autowired
    ImagoRecords records;
    @Autowired
    AuditLog auditLog;

    ImagoTestClinic clinic;
    TestStaff supervisor;
    TestStaff therapist;
    LocalDate today;

    @BeforeEach
    void aSupervisedTherapist() {
        clinic = new ImagoTestClinic(context, "admin");
        supervisor = clinic.supervisor();
        therapist = clinic.supervisee(supervisor);
        today = LocalDate.now(TestClinicClock.clinic());
    }

    @Test
    void aPolicyChangeNeverBringsWhatWasSaidInConfidenceIntoTheJointRecord() throws Exception {
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        UUID alex = couple.partnerA().personId();
        SessionNote secret = writeNotes(couple);
        clinic.as(therapist.username(), () -> records.record(couple.id(), NewImagoRecord.of(alex,
                new WoundExploration("Alex was left alone a lot as a child.", "Feels left out when Sam works late."))));

        call(put(policyOf(couple)), therapist.username(), change("NO_SECRETS", today, today.minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationship.confidentialityPolicy").value("NO_SECRETS"))
                .andExpect(jsonPath("$.consents[?(@.kind == 'CONFIDENTIALITY_POLICY')].partner",
                        containsInAnyOrder("A", "B")));

        for (String reader : List.of(therapist.username(), supervisor.username())) {
            assertThat(jointNoteTexts(reader, couple)).containsExactly(JOINT);
            assertThat(clinic.as(reader, () -> records.timeline(couple.id(), null))).extracting(ImagoRecord::kind)
                    .doesNotContain(ImagoRecordKind.WOUND_EXPLORATION);
        }
        clinic.as(therapist.username(), () -> notes.write(couple.id(), new NewSessionNote(clinic.completedSession(couple, therapist, false, 14),
                new NoteDraft("Said after both agreed to no secrets.", List.of(), null, null))));
        assertThat(jointNoteTexts(therapist.username(), couple))
                .containsExactlyInAnyOrder(JOINT, "Said after both agreed to no secrets.");

        TestStaff covering = clinic.therapist();
        clinic.as(covering.username(), () -> context.getBean(ClinicalAccess.class)
                .breakGlass(couple.id(), BreakGlassCategory.COVERING_ABSENT_THERAPIST, "Covering a crisis call while the therapist is on leave"));
        call(get("/api/notes/" + secret.id()), covering.username(), null).andExpect(status().isForbidden());
        call(get("/api/notes/" + secret.id()), therapist.username(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.writtenUnder").value("CONFIDENTIAL_INDIVIDUAL_SESSIONS"));

        assertThat(policyEntries(couple)).singleElement().satisfies(entry -> assertThat(entry.reason())
                .startsWith("confidentiality policy changed from \"Confidential individual sessions\" to \"No secrets\"")
                .contains("partner A on " + today).contains("partner B on " + today.minusDays(1))
                .endsWith("why: Both partners asked for joint work without secrets"));
    }

    @Test
    void aDraftBegunInConfidenceStaysConfidentialWhenFinishedAfterTheChange() throws Exception {
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        SessionNote secret = writeNotes(couple);

        call(put(policyOf(couple)), supervisor.username(), change("NO_SECRETS", today, today))
                .andExpect(status().isOk());
        SessionNote signed = clinic.as(therapist.username(), () -> {
            notes.saveDraft(secret.id(), new NoteDraft(SECRET + " Finished after the change.", List.of(), null, null));
            return notes.sign(secret.id());
        });

        assertThat(signed.writtenUnder()).isEqualTo(ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        assertThat(jointNoteTexts(therapist.username(), couple)).containsExactly(JOINT);
    }

    @Test
    void theFrontDeskCannotSwitchThePolicyAfterRegistrationAndNothingChanges() throws Exception {
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        String update = """
                {"partnerA": {"firstName": "Alex", "lastName": "%s", "dateOfBirth": "1985-03-14",
                              "email": "alex@example.org"},
                 "partnerB": {"firstName": "Sam", "lastName": "%s", "dateOfBirth": "1987-09-02",
                              "email": "sam@example.org"},
                 "relationship": {"status": "MARRIED", "referralSource": "A friend",
                                  "confidentialityPolicy": "NO_SECRETS"}}""".formatted(
                couple.partnerA().details().lastName(), couple.partnerB().details().lastName());

        call(put("/api/couples/" + couple.id()), "frontdesk", update)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("agreed at registration")))
                .andExpect(jsonPath("$.detail").value(containsString("both partners' consent")));
        call(put(policyOf(couple)), "frontdesk", change("NO_SECRETS", today, today))
                .andExpect(status().isForbidden());

        Couple now = clinic.as("frontdesk", () -> context.getBean(Couples.class).get(couple.id()));
        assertThat(now.relationship().confidentialityPolicy()).isEqualTo(ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        assertThat(now.relationship().referralSource()).isEqualTo("GP");
        call(put("/api/couples/" + couple.id()), "frontdesk", update.replace("NO_SECRETS", "CONFIDENTIAL_INDIVIDUAL_SESSIONS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationship.referralSource").value("A friend"));
    }

    @Test
    void bothPartnersConsentAndOnlyTheCareTeamAsks() throws Exception {
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);

        call(put(policyOf(couple)), therapist.username(), change("NO_SECRETS", today, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.partnerBConsentedOn").value(containsString("both partners must")));
        call(put(policyOf(couple)), therapist.username(), change("NO_SECRETS", today.plusDays(1), today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.partnerAConsentedOn").exists());
        call(put(policyOf(couple)), therapist.username(), change("CONFIDENTIAL_INDIVIDUAL_SESSIONS", today, today))
                .andExpect(status().isConflict());
        TestStaff covering = clinic.therapist();
        clinic.as(covering.username(), () -> context.getBean(ClinicalAccess.class)
                .breakGlass(couple.id(), BreakGlassCategory.COVERING_ABSENT_THERAPIST, "Covering a crisis call while the therapist is on leave"));
        call(put(policyOf(couple)), covering.username(), change("NO_SECRETS", today, today))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("break-glass access does not allow it")));

        Couple now = clinic.as("frontdesk", () -> context.getBean(Couples.class).get(couple.id()));
        assertThat(now.relationship().confidentialityPolicy()).isEqualTo(ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS);
        assertThat(now.consents()).noneMatch(consent -> consent.kind()
                == org.imagoclinic.clients.ConsentKind.CONFIDENTIALITY_POLICY);
        assertThat(policyEntries(couple)).isEmpty();
    }

    /** A joint note and partner A's individual note, which it returns. */
    private SessionNote writeNotes(Couple couple) {
        return clinic.as(therapist.username(), () -> {
            notes.write(couple.id(), new NewSessionNote(clinic.completedSession(couple, therapist, true), new NoteDraft(JOINT, List.of(), null, null)));
            return notes.write(couple.id(), new NewSessionNote(clinic.completedSession(couple, therapist, false, 12),
                    new NoteDraft(SECRET, List.of(), null, null)));
        });
    }

    private static String policyOf(Couple couple) {
        return "/api/couples/" + couple.id() + "/confidentiality-policy";
    }

    private static String change(String policy, @Nullable LocalDate a, @Nullable LocalDate b) {
        return """
                {"policy": "%s", "partnerAConsentedOn": %s, "partnerBConsentedOn": %s,
                 "reason": "Both partners asked for joint work without secrets"}""".formatted(policy,
                a == null ? "null" : "\"" + a + "\"", b == null ? "null" : "\"" + b + "\"");
    }

    private List<String> jointNoteTexts(String reader, Couple couple) {
        return clinic.as(reader, () -> notes.notesOf(couple.id(), null, false)).stream()
                .map(note -> note.draft().content()).toList();
    }

    private List<AuditLogEntry> policyEntries(Couple couple) {
        return clinic.as("admin", () -> auditLog.find(new AuditQuery(null, null, couple.id(), null, null, null), 0, 200))
                .stream().filter(entry -> "ConfidentialityPolicy".equals(entry.subjectType())
                        && entry.reason() != null && entry.reason().startsWith("confidentiality policy changed"))
                .toList();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String username, @Nullable String body)
            throws Exception {
        UserDetails user = users.loadUserByUsername(username);
        request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
