package org.imagoclinic.assessments.internal.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administering measures through the REST API: scoring by the server, validation that keeps nothing, access by role. */
@ClinicIntegrationTest
@RecordApplicationEvents
class MeasuresApiTests {

    static final String PASSWORD = "staff-password-2026";
    /** Worked out by hand from the scoring key: every item at its highest-scoring option = 81. */
    static final String HIGHEST = "[6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0]";
    /** Every first printed option = 25 (items 2, 11, 13, 14, 16 score 5 there), in the clinical range. */
    static final String FIRST_OPTIONS = "[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    @Test
    void theTherapistEntersACsi16AndGetsTheServersScoreAndClinicalFlag() throws Exception {
        TestStaff therapist = TestAccounts.staff(context, "lee", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        String partner = couple.partnerA().personId().toString();

        enter(couple, as(therapist), body("CSI-16", partner, "2026-03-01", FIRST_OPTIONS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(25))
                .andExpect(jsonPath("$.clinicalRange").value(true))
                .andExpect(jsonPath("$.enteredVia").value("CLINICIAN"))
                .andExpect(jsonPath("$.episodeId").value(couple.openEpisode().orElseThrow().id().toString()));
        enter(couple, as(therapist), body("CSI-16", partner, "2026-04-01", HIGHEST))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(81))
                .andExpect(jsonPath("$.clinicalRange").value(false));

        mvc.perform(get("/api/couples/" + couple.id() + "/measures").with(as(therapist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].score").value(25))
                .andExpect(jsonPath("$[1].score").value(81));
        assertThat(events.stream(MeasureCompleted.class).filter(event -> event.coupleId().equals(couple.id())))
                .extracting(MeasureCompleted::score, MeasureCompleted::clinicalRange, MeasureCompleted::instrumentCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(25, true, "CSI-16"),
                        org.assertj.core.groups.Tuple.tuple(81, false, "CSI-16"));
    }

    @Test
    void wrongCountOutOfRangeAndMissingAnswersAre400NamingTheItemAndKeepNothing() throws Exception {
        TestStaff therapist = TestAccounts.staff(context, "val", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        String partner = couple.partnerB().personId().toString();

        enter(couple, as(therapist), body("CSI-16", partner, "2026-03-01", "[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.answers").value("CSI-16 has 16 items; 15 answers were given."));
        enter(couple, as(therapist), body("CSI-16", partner, "2026-03-01", "[7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['answers[0]']").value("Item 1: 7 is not one of its 7 options (0 to 6)."))
                .andExpect(jsonPath("$.errors['answers[10]']").value("Item 11: 6 is not one of its 6 options (0 to 5)."));
        enter(couple, as(therapist), body("CSI-4", partner, "2026-03-01", "[3, null, 2, 1]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['answers[1]']").value("Item 2 has no answer."));
        enter(couple, as(therapist), body("CSI-4", partner, "2026-03-01", "[3, -1, 2, 1]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['answers[1]']").exists());
        enter(couple, as(therapist), body("CSI-99", couple.id().toString(), "2999-01-01", "null"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.instrument").value(containsString("There is no instrument CSI-99")))
                .andExpect(jsonPath("$.errors.partnerId").value("This person is not one of the couple's two partners."))
                .andExpect(jsonPath("$.errors.administeredOn").exists())
                .andExpect(jsonPath("$.errors.answers").exists());

        assertThat(jdbc.queryForObject("select count(*) from assessments.administration where couple_id = ?",
                Integer.class, couple.id())).isZero();
        assertThat(events.stream(MeasureCompleted.class).filter(event -> event.coupleId().equals(couple.id()))).isEmpty();
    }

    @Test
    void theCareTeamItsSupervisorAndBreakGlassMayEnterMeasuresOthersAreRefusedAndAudited() throws Exception {
        // the demo clinic's Dr Lee, whom Dr Okafor supervises
        TestAccounts.signIn(context, "therapist");
        TestStaff therapist = new TestStaff("therapist", context.getBean(CurrentUser.class).require().staffId().orElseThrow());
        TestStaff supervisor = new TestStaff("supervisor", null);
        TestStaff colleague = TestAccounts.staff(context, "other", Roles.THERAPIST);
        TestStaff desk = TestAccounts.staff(context, "desk", Roles.FRONT_DESK);
        TestStaff admin = TestAccounts.staff(context, "adm", Roles.ADMIN);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        String form = body("CSI-4", couple.partnerA().personId().toString(), "2026-03-01", "[3, 3, 3, 3]");

        enter(couple, as(therapist), form).andExpect(status().isCreated()).andExpect(jsonPath("$.score").value(12));
        enter(couple, as(supervisor), form).andExpect(status().isCreated());
        for (TestStaff refused : new TestStaff[] {colleague, desk, admin}) {
            enter(couple, as(refused), form).andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").exists());
            mvc.perform(get("/api/couples/" + couple.id() + "/measures").with(as(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/couples/" + couple.id() + "/outcomes").with(as(refused)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/couples/" + couple.id() + "/measures").with(as(desk)))
                .andExpect(jsonPath("$.detail").value(containsString("front desk does not see clinical content")));

        mvc.perform(post("/api/couples/" + couple.id() + "/break-glass").with(as(colleague))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"COVERING_ABSENT_THERAPIST\", \"reason\": \"Covering for Dr Lee during an emergency call.\"}"))
                .andExpect(status().isCreated());
        enter(couple, as(colleague), form).andExpect(status().isCreated());

        assertThat(jdbc.queryForObject("select count(*) from assessments.administration where couple_id = ?",
                Integer.class, couple.id())).isEqualTo(3);
        assertThat(jdbc.queryForList("select username || ' ' || action || ' ' || outcome from audit.audit_entry "
                        + "where couple_id = ? and subject_type like 'Measure%'", String.class, couple.id()))
                .contains(therapist.username() + " CREATE ALLOWED", supervisor.username() + " CREATE ALLOWED",
                        desk.username() + " CREATE DENIED", desk.username() + " VIEW DENIED",
                        admin.username() + " CREATE DENIED", colleague.username() + " CREATE DENIED",
                        colleague.username() + " CREATE ALLOWED");
    }

    @Test
    void norms400OnNonsenseAndOnlyForAdministrators() throws Exception {
        TestStaff therapist = TestAccounts.staff(context, "norms", Roles.THERAPIST);
        RequestPostProcessor admin = httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD);

        mvc.perform(put("/api/measures/instruments/CSI-4/norms").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sd\": -3, \"reliability\": 1.2, \"source\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sd").exists())
                .andExpect(jsonPath("$.errors.reliability").exists())
                .andExpect(jsonPath("$.errors.source").exists());
        mvc.perform(put("/api/measures/instruments/CSI-4/norms").with(as(therapist)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sd\": 4.0, \"reliability\": 0.9, \"source\": \"A study\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/measures/instruments/NOPE/norms").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sd\": 4.0, \"reliability\": 0.9, \"source\": \"A study\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from assessments.published_norms where instrument_code = 'CSI-4'",
                Integer.class)).isZero();
    }

    static String body(String instrument, String partnerId, String on, String answers) {
        return """
                {"instrument": "%s", "partnerId": "%s", "administeredOn": "%s", "answers": %s}"""
                .formatted(instrument, partnerId, on, answers);
    }

    ResultActions enter(Couple couple, RequestPostProcessor who, String json) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/couples/" + couple.id() + "/measures");
        return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static RequestPostProcessor as(TestStaff staff) {
        boolean demo = staff.username().equals("therapist") || staff.username().equals("supervisor");
        return httpBasic(staff.username(), demo ? ClinicIntegrationTest.DEMO_PASSWORD : PASSWORD);
    }
}
