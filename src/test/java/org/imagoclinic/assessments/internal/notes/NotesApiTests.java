package org.imagoclinic.assessments.internal.notes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Session notes through the REST API: write, sign, addenda, return, co-sign, and who may. */
@ClinicIntegrationTest
class NotesApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void aSuperviseesNoteIsSignedReturnedAnsweredAndCoSignedOverHttp() throws Exception {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff supervisor = clinic.supervisor();
        TestStaff therapist = clinic.supervisee(supervisor);
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        String notes = "/api/couples/" + couple.id() + "/notes";

        post(notes, as(therapist), """
                {"draft": {"content": "A note with no session named.", "interventions": []}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.appointmentId").value(containsString("Choose the completed session")));
        mvc.perform(get(notes).with(as(therapist))).andExpect(jsonPath("$", hasSize(0)));

        UUID session = clinic.completedSession(couple, therapist, true);
        String written = post(notes, as(therapist), """
                {"appointmentId": "%s", "draft": {"content": "Introduced the couples dialogue.", "interventions": ["COUPLES_DIALOGUE"],
                           "plan": "Practise mirroring at home.", "processNote": "I felt rushed today."}}""".formatted(session))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String note = "/api/notes/" + JsonPath.read(written, "$.id");

        mvc.perform(get(notes).with(as(therapist)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].draft.processNote").doesNotExist());
        mvc.perform(get(notes).param("includeProcessNotes", "true").with(as(therapist)))
                .andExpect(jsonPath("$[0].draft.processNote").value("I felt rushed today."));
        mvc.perform(get(notes).param("includeProcessNotes", "true").with(as(supervisor)))
                .andExpect(jsonPath("$[0].draft.processNote").doesNotExist());
        mvc.perform(get(notes).with(httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());

        post(note + "/co-sign", as(supervisor), "{}").andExpect(status().isConflict());
        post(note + "/sign", as(supervisor), "").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Only the note's author")));
        post(note + "/sign", as(therapist), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_CO_SIGN"))
                .andExpect(jsonPath("$.coSignerId").value(supervisor.staffId().toString()));
        post(note + "/addenda", as(therapist), "{\"text\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.text").value("Write the addendum."));

        post(note + "/return", as(supervisor), "{\"text\": \"Add what you agreed as home practice.\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(get("/api/notes/due").with(as(therapist)))
                .andExpect(jsonPath("$[0].status").value("RETURNED"));
        post(note + "/addenda", as(therapist), "{\"text\": \"Home practice: ten minutes of mirroring daily.\"}")
                .andExpect(jsonPath("$.status").value("AWAITING_CO_SIGN"));
        mvc.perform(get("/api/notes/co-sign-queue").with(as(supervisor)))
                .andExpect(jsonPath("$[0].coupleName").value(couple.displayName()));
        post(note + "/co-sign", as(supervisor), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CO_SIGNED"))
                .andExpect(jsonPath("$.history[*].kind").value(org.hamcrest.Matchers.contains("RETURNED", "ADDENDUM",
                        "CO_SIGNED")));
    }

    private ResultActions post(String path, RequestPostProcessor who, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(who);
        if (!body.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static RequestPostProcessor as(TestStaff staff) {
        return httpBasic(staff.username(), "staff-password-2026");
    }
}
