package org.imagoclinic.assessments.internal.imago;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.imagoclinic.security.BreakGlassCategory;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Imago records through the REST API: profiles and their revisions, BCRs, follow-ups, who may. */
@ClinicIntegrationTest
class ImagoRecordsApiTests {

    static final String PASSWORD = "staff-password-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    ImagoTestClinic clinic;
    TestStaff therapist;
    Couple couple;
    String base;

    @BeforeEach
    void aCoupleInATherapistsCare() {
        clinic = new ImagoTestClinic(context, "admin");
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        base = "/api/couples/" + couple.id() + "/imago";
    }

    @Test
    void aProfileRevisionKeepsTheEarlierVersionAndTheStatementIsAssembledWhenLeftBlank() throws Exception {
        UUID alex = couple.partnerA().personId();
        String first = post(base + "/profiles", as(therapist), profile(alex, "cold", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("IMAGO_PROFILE"))
                .andExpect(jsonPath("$.current").value(true))
                .andExpect(jsonPath("$.content.unfinishedBusiness").value(
                        "I am trying to get warmth and attention from a partner who is busy and distant, as my mother "
                                + "was cold. When I don't get it, I feel lonely and I withdraw into books."))
                .andReturn().getResponse().getContentAsString();
        String firstId = JsonPath.read(first, "$.id");

        post(base + "/profiles", as(therapist), profile(alex, "critical", "I keep seeking approval from someone who judges me."))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.supersedes").value(firstId))
                .andExpect(jsonPath("$.content.unfinishedBusiness").value("I keep seeking approval from someone who judges me."));

        mvc.perform(get(base + "/profiles").param("partnerId", alex.toString()).with(as(therapist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[0].content.caregivers[0].negativeTraits[0].text").value("critical"))
                .andExpect(jsonPath("$[1].id").value(firstId))
                .andExpect(jsonPath("$[1].current").value(false))
                .andExpect(jsonPath("$[1].content.caregivers[0].negativeTraits[0].text").value("cold"));
    }

    @Test
    void aBehaviourChangeRequestHasExactlyThreeRequestsAndANegativeOneIsFlaggedUnlessKept() throws Exception {
        String ask = request("Ask me how my day went, three evenings a week for a month");
        String hug = request("Hug me when you come home, every day this week");
        post(base + "/requests", as(therapist), bcr(ask + ", " + hug))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['content.requests']").value("A behaviour change request has exactly three requests."));
        post(base + "/requests", as(therapist), bcr(ask + ", " + request(" ") + ", " + hug))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['content.requests[1].text']").value(containsString("Write request 2")));
        String phone = request("Stop looking at your phone at dinner");
        post(base + "/requests", as(therapist), bcr(phone + ", " + ask + ", " + hug))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['content.requests[0].text']").value(containsString("Say what you want instead")));
        assertThat(jdbc.queryForObject("select count(*) from assessments.imago_record where couple_id = ?", Integer.class,
                couple.id())).as("nothing stored").isZero();

        String kept = "{\"text\": \"Stop looking at your phone at dinner\", \"keepPhrasing\": true}";
        String created = post(base + "/requests", as(therapist), bcr(kept + ", " + ask + ", " + hug))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerId").value(couple.partnerA().personId().toString()))
                .andExpect(jsonPath("$.content.requests[0].keepPhrasing").value(true))
                .andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(created, "$.id");

        post(base + "/requests/" + requestId + "/follow-ups", as(therapist), "{\"outcome\": \"KEPT\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("chose")));
        post(base + "/requests/" + requestId + "/follow-ups", as(therapist),
                "{\"outcome\": \"PARTLY_KEPT\", \"chosen\": 2, \"note\": \"Asked on two evenings out of three.\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("PARTLY_KEPT"));
        mvc.perform(get(base + "/requests").with(as(therapist)))
                .andExpect(jsonPath("$[0].content.chosen").value(2));
        mvc.perform(get(base + "/requests/" + requestId + "/follow-ups").with(as(therapist)))
                .andExpect(jsonPath("$[0].note").value("Asked on two evenings out of three."));
    }

    @Test
    void aVisionStatementInTheFutureTenseGetsTheHintUnlessTheTherapistKeepsItsWording() throws Exception {
        String future = "{\"content\": {\"statements\": [{\"text\": \"We will laugh more.\", \"rank\": 1}]}}";
        post(base + "/vision", as(therapist), future)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['content.statements[0].text']").value(containsString("in the present tense")));
        mvc.perform(get(base + "/vision").with(as(therapist))).andExpect(jsonPath("$").isEmpty());

        String kept = "{\"content\": {\"statements\": [{\"text\": \"We will laugh more.\", \"rank\": 1, \"keepWording\": true}]}}";
        post(base + "/vision", as(therapist), kept)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content.statements[0].keepWording").value(true));
    }

    @Test
    void theFrontDeskAndAnotherTherapistAreRefusedTheSupervisorAndBreakGlassAreLetIn() throws Exception {
        post(base + "/vision", as(therapist), vision()).andExpect(status().isCreated());

        mvc.perform(get(base + "/vision").with(httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("front desk does not see clinical content")));
        TestStaff other = clinic.therapist();
        mvc.perform(get(base + "/vision").with(as(other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("not on this couple's care team")));
        post(base + "/vision", as(other), vision()).andExpect(status().isForbidden());

        TestStaff supervisor = clinic.supervisor();
        TestStaff supervisee = clinic.supervisee(supervisor);
        Couple supervised = clinic.couple(supervisee.staffId(), ConfidentialityPolicy.NO_SECRETS);
        mvc.perform(get("/api/couples/" + supervised.id() + "/imago/vision").with(as(supervisor)))
                .andExpect(status().isOk());

        TestAccounts.signIn(context, other.username());
        context.getBean(ClinicalAccess.class).breakGlass(couple.id(), BreakGlassCategory.COVERING_ABSENT_THERAPIST, "Covering an urgent call while the therapist is away");
        SecurityContextHolder.clearContext();
        mvc.perform(get(base + "/vision").with(as(other)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].content.statements[0].text").value("We laugh together every day."));
        assertThat(jdbc.queryForList("select action || ' ' || outcome || ' ' || coalesce(reason, '') from audit.audit_entry "
                        + "where couple_id = ? and username = ? order by occurred_at", String.class, couple.id(), other.username()))
                .contains("BREAK_GLASS ALLOWED Covering for the couple's therapist, who is away: Covering an urgent call while the therapist is away",
                        "VIEW ALLOWED break-glass access")
                .anyMatch(entry -> entry.startsWith("VIEW DENIED"))
                .anyMatch(entry -> entry.startsWith("CREATE DENIED"));
    }

    @Test
    void aDialogueKeepsBothRoundsWithTheSendersAndTheReceiversRatingsAndAStepIsReachedOnlyAfterTheOnesBefore()
            throws Exception {
        String a = couple.partnerA().personId().toString();
        String b = couple.partnerB().personId().toString();
        post(base + "/dialogues", as(therapist), """
                {"content": {"dialogueKind": "COUPLES_DIALOGUE", "topic": "Chores", "rounds": [
                  {"senderId": "%s", "receiverId": "%s", "senderRatings": {"oneTopic": 6},
                   "receiverRatings": {"mirroring": 4, "summary": null, "validation": 3}},
                  {"senderId": "%s", "receiverId": "%s"}]}}""".formatted(a, b, a, b))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['content.rounds[0].senderRatings.oneTopic']").value("Rate it from 1 to 5."))
                .andExpect(jsonPath("$.errors['content.rounds[0].receiverRatings.validation']")
                        .value(containsString("only after summary")))
                .andExpect(jsonPath("$.errors['content.rounds[1].senderId']")
                        .value(containsString("the first round's receiver sends")));
        post(base + "/dialogues", as(therapist), """
                {"content": {"dialogueKind": "COUPLES_DIALOGUE", "topic": "Chores", "rounds": [
                  {"senderId": "%s", "receiverId": "%s", "senderRatings": {"oneTopic": 4, "iStatements": 3,
                   "askedForDialogue": 5}, "receiverRatings": {"mirroring": 4, "summary": 3, "validation": 3, "empathy": 2}},
                  {"senderId": "%s", "receiverId": "%s", "senderRatings": {"oneTopic": 2},
                   "receiverRatings": {"mirroring": 3}}],
                 "durationMinutes": 35, "notes": "Sam needed help with empathy."}}""".formatted(a, b, b, a))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerId").doesNotExist())
                .andExpect(jsonPath("$.content.rounds[0].senderRatings.askedForDialogue").value(5))
                .andExpect(jsonPath("$.content.rounds[0].receiverRatings.empathy").value(2))
                .andExpect(jsonPath("$.content.rounds[1].senderId").value(b))
                .andExpect(jsonPath("$.content.rounds[1].senderRatings.oneTopic").value(2))
                .andExpect(jsonPath("$.content.rounds[1].senderRatings.iStatements").doesNotExist())
                .andExpect(jsonPath("$.content.rounds[1].receiverRatings.mirroring").value(3));
    }

    private ResultActions post(String path, RequestPostProcessor who, String body) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(who);
        return mvc.perform(request);
    }

    private static RequestPostProcessor as(TestStaff staff) {
        return httpBasic(staff.username(), PASSWORD);
    }

    private static String profile(UUID partner, String motherNegative, String statement) {
        return """
                {"partnerId": "%s", "recordedOn": null, "content": {
                  "caregivers": [{"label": "mother", "positiveTraits": [{"text": "clever"}],
                                  "negativeTraits": [{"text": "%s", "strongest": true}, {"text": "busy"}]}],
                  "wantedMost": "warmth and attention", "childhoodFeelings": "lonely", "reactions": "withdraw into books.",
                  "partnerPositiveTraits": ["funny"], "partnerNegativeTraits": ["busy", "distant"],
                  "tendency": "MINIMISER", "unfinishedBusiness": "%s"}}""".formatted(partner, motherNegative, statement);
    }

    private static String request(String text) {
        return "{\"text\": \"" + text + "\", \"importance\": 4, \"difficulty\": 2}";
    }

    private String bcr(String requests) {
        return """
                {"content": {"askingPartnerId": "%s", "frustration": "You look at your phone when I talk",
                 "feeling": "invisible", "desire": "to be seen and heard", "childhoodLink": "My father never looked up from work.",
                 "requests": [%s]}}""".formatted(couple.partnerA().personId(), requests);
    }

    private static String vision() {
        return """
                {"content": {"statements": [{"text": "We laugh together every day.", "rank": 1},
                                            {"text": "We settle arguments calmly.", "rank": 2, "hardToReach": true}]}}""";
    }
}
