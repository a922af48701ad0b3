package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The screening hold, decisions and episodes of care through the REST API. */
@ClinicIntegrationTest
class ScreeningAndEpisodesApiTests {

    static final RequestPostProcessor DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);
    static final String FLAGGED = """
            {"partner": "A", "intimatePartnerViolence": "CURRENT", "coerciveControl": "NONE", "affair": "NONE",
             "substanceDependence": "NONE", "notes": "Disclosed in the individual screening call."}""";
    static final String PARTNER_B_CLEAR = """
            {"partner": "B", "intimatePartnerViolence": "NONE", "coerciveControl": "NONE", "affair": "NONE",
             "substanceDependence": "NONE"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aFlaggedScreenHoldsJointSessionsUntilTheTherapistDecides() throws Exception {
        var therapist = TestAccounts.staff(context, "okafor", Roles.THERAPIST);
        RequestPostProcessor asTherapist = httpBasic(therapist.username(), "staff-password-2026");
        String couple = "/api/couples/" + registeredWith(therapist.staffId().toString());

        perform(post(couple + "/screening"), asTherapist, PARTNER_B_CLEAR).andExpect(status().isCreated());
        perform(post(couple + "/screening"), asTherapist, FLAGGED)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentFlags", hasItem("INTIMATE_PARTNER_VIOLENCE")));
        mvc.perform(get(couple + "/booking-eligibility").param("purpose", "INTAKE").with(DESK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.hold").value("SCREENING_REVIEW"))
                .andExpect(content().string(not(containsString("violence"))));
        mvc.perform(get(couple).with(DESK)).andExpect(jsonPath("$.screeningHold").value("REVIEW_PENDING"));

        perform(post(couple + "/screening/decision"), DESK,
                "{\"decision\": \"PROCEED_WITH_JOINT_WORK\", \"reason\": \"Front desk should not decide this.\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("front desk does not see clinical content")));
        perform(post(couple + "/screening/decision"), asTherapist, "{\"decision\": \"PROCEED_WITH_JOINT_WORK\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        perform(post(couple + "/screening/decision"), asTherapist, """
                {"decision": "PROCEED_WITH_JOINT_WORK",
                 "reason": "Past incident, safety plan in place, both want joint work; reviewed with supervisor."}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedBy").value(org.hamcrest.Matchers.startsWith("okafor")));

        mvc.perform(get(couple + "/booking-eligibility").with(DESK))
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.hold").value("NONE"));
        perform(post(couple + "/screening/decision"), asTherapist,
                "{\"decision\": \"REFER_OUT\", \"reason\": \"Changed my mind about this couple.\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("No screen is waiting for a decision")));
        mvc.perform(get(couple + "/screening").with(asTherapist))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("JOINT_WORK_APPROVED"));
    }

    @Test
    void theFrontDeskIsRefusedIntakeAndScreeningAndTheRefusalIsAuditedAsDenied() throws Exception {
        String id = registeredWith("null");

        mvc.perform(get("/api/couples/" + id + "/intake").with(DESK))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("The front desk does not see clinical content such as intake details."));
        mvc.perform(get("/api/couples/" + id + "/screening").with(DESK))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForList("select subject_type || ' ' || outcome from audit.audit_entry "
                        + "where couple_id = ?::uuid and username = 'frontdesk' and action = 'VIEW'", String.class, id))
                .containsExactlyInAnyOrder("Intake DENIED", "Screening DENIED");
    }

    @Test
    void aSecondOpenEpisodeIs409AndTheFirstStaysTheOnlyOne() throws Exception {
        String couple = "/api/couples/" + registeredWith("null");

        perform(post(couple + "/episodes"), DESK, "{}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INTAKE"));
        perform(post(couple + "/episodes"), DESK, "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already have an open episode of care")));

        assertThat(jdbc.queryForObject("select count(*) from clients.episode where couple_id = ?::uuid",
                Integer.class, couple.substring("/api/couples/".length()))).isEqualTo(1);
    }

    @Test
    void theTherapistRunsTheEpisodeFromIntakeToItsEndAndIllegalStepsAreRefused() throws Exception {
        var therapist = TestAccounts.staff(context, "lee", Roles.THERAPIST);
        var colleague = TestAccounts.staff(context, "cohen", Roles.THERAPIST);
        RequestPostProcessor asTherapist = httpBasic(therapist.username(), "staff-password-2026");
        String couple = "/api/couples/" + registeredWith(therapist.staffId().toString());
        String episode = couple + "/episodes/" + JsonPath.read(mvc.perform(get(couple + "/episodes").with(DESK))
                .andReturn().getResponse().getContentAsString(), "$[0].id");

        perform(post(episode + "/pause"), asTherapist, "{\"reason\": \"Travelling\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You can't pause this episode: it is still in intake: start it first."));
        perform(post(episode + "/start"), DESK, "{}").andExpect(status().isForbidden());
        perform(post(episode + "/start"), asTherapist, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        perform(put(couple + "/therapist"), asTherapist, "{\"primaryTherapistId\": \"" + colleague.staffId() + "\"}")
                .andExpect(status().isForbidden());
        perform(put(couple + "/therapist"), DESK, "{\"primaryTherapistId\": \"" + therapist.staffId()
                + "\", \"coTherapistId\": \"" + colleague.staffId() + "\", \"reason\": \"Co-therapy from now on\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coTherapistId").value(colleague.staffId().toString()));
        perform(post(episode + "/pause"), asTherapist, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        perform(post(episode + "/pause"), asTherapist, "{\"reason\": \"Travelling for six weeks\"}")
                .andExpect(jsonPath("$.status").value("PAUSED"));
        perform(post(episode + "/resume"), asTherapist, "{}").andExpect(jsonPath("$.status").value("ACTIVE"));
        perform(post(episode + "/close"), asTherapist, "{\"ending\": \"COMPLETED\", \"reason\": \"Goals met.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.ending").value("COMPLETED"))
                .andExpect(jsonPath("$.changes[*].kind").value(contains("OPENED", "STARTED", "THERAPISTS_ASSIGNED",
                        "PAUSED", "RESUMED", "CLOSED")));
        perform(post(episode + "/close"), asTherapist, "{\"ending\": \"DISCHARGED\", \"reason\": \"Again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("it is closed")));
        perform(post(couple + "/episodes/" + UUID.randomUUID() + "/close"), asTherapist,
                "{\"ending\": \"COMPLETED\", \"reason\": \"No such episode\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void theFrontDeskAssignsTheTherapistAtIntake() throws Exception {
        var therapist = TestAccounts.staff(context, "ng", Roles.THERAPIST);
        String couple = "/api/couples/" + registeredWith("null");
        perform(post(couple + "/episodes"), DESK, "{}").andExpect(status().isCreated());

        perform(put(couple + "/therapist"), DESK, "{\"primaryTherapistId\": \"" + therapist.staffId() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryTherapistId").value(therapist.staffId().toString()));
        perform(put(couple + "/therapist"), DESK, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.primaryTherapistId").value("Choose the primary therapist."));
    }

    private String registeredWith(String therapistId) throws Exception {
        return JsonPath.read(perform(post("/api/couples"), DESK,
                        ApiJson.couple(ApiJson.name(), ApiJson.name(), therapistId))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions perform(MockHttpServletRequestBuilder request,
                                  RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
