package org.imagoclinic.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The reports' REST API by role, and the CSV and PDF exports with their figures and their audit entries. */
@ClinicIntegrationTest
class ReportsApiTests {

    static final RequestPostProcessor FRONT_DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);
    static final RequestPostProcessor ADMIN = httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD);
    static final RequestPostProcessor SUPERVISOR = httpBasic("supervisor", ClinicIntegrationTest.DEMO_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    HandBuiltClinic clinic;
    TestStaff therapist;

    @BeforeEach
    void aCaseloadOfOurOwn() {
        therapist = TestAccounts.staff(context, "api", Roles.THERAPIST);
        clinic = new HandBuiltClinic(context, therapist.staffId());
        clinic.events.publish();
    }

    private String query() {
        return "?from=2025-01-01&to=2025-12-31&therapistId=" + clinic.therapist;
    }

    private RequestPostProcessor asTherapist() {
        return httpBasic(therapist.username(), "staff-password-2026");
    }

    private int exportsAudited(String subjectId) {
        return jdbc.queryForObject("select count(*) from audit.audit_entry where action = 'EXPORT' and subject_type = "
                + "'OutcomesReport' and subject_id = ? and reason like ?", Integer.class, subjectId,
                "%therapist " + clinic.therapist + "%");
    }

    @Test
    void aSupervisorGetsTheOutcomesWithTheTherapistComparison() throws Exception {
        mvc.perform(get("/api/reports/outcomes" + query()).with(SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.episodesStarted").value(4))
                .andExpect(jsonPath("$.couples.tooFewMeasures").value(1))
                .andExpect(jsonPath("$.therapists[0].couplesClassified").value(0))
                .andExpect(jsonPath("$.therapists[0].rank").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void aTherapistSeesOwnCaseloadOnlyAndCannotRebuild() throws Exception {
        mvc.perform(get("/api/reports/practice?from=2025-01-01&to=2025-12-31").with(asTherapist()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dialogues").value(3))
                .andExpect(jsonPath("$.requestsKept").value(1));
        mvc.perform(get("/api/reports/outcomes?therapistId=" + UUID.randomUUID()).with(asTherapist()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("A therapist sees the figures of their own caseload only."));
        mvc.perform(post("/api/reports/rebuild").with(asTherapist())).andExpect(status().isForbidden());
    }

    @Test
    void theFrontDeskSeesEngagementWithCountsBelowFiveSuppressedButNoClinicalFigures() throws Exception {
        mvc.perform(get("/api/reports/engagement" + query()).with(SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.smallCountsSuppressed").value(false))
                .andExpect(jsonPath("$.sessionsDue").value(16))
                .andExpect(jsonPath("$.dropOuts").value(1))
                .andExpect(jsonPath("$.dropOutRate").value(0.5))
                .andExpect(jsonPath("$.waitingNow").value(1))
                .andExpect(jsonPath("$.bookedFromWaitlist").value(4))
                .andExpect(jsonPath("$.medianDaysWaited").value(23.5))
                .andExpect(jsonPath("$.waitlist[5].couples").value(1));
        mvc.perform(get("/api/reports/engagement" + query()).with(FRONT_DESK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.smallCountsSuppressed").value(true))
                .andExpect(jsonPath("$.dropOuts").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.dropOutRate").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.waitingNow").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.bookedFromWaitlist").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.medianDaysWaited").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.waitlist[0].on").value("2025-01-31"))
                .andExpect(jsonPath("$.waitlist.length()").value(12))
                .andExpect(jsonPath("$.waitlist[5].couples").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.waitlist[6].couples").value(0));
        mvc.perform(get("/api/reports/outcomes" + query()).with(FRONT_DESK))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("engagement figures only")));
        mvc.perform(get("/api/reports/practice" + query()).with(FRONT_DESK)).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/outcomes.csv" + query()).with(FRONT_DESK)).andExpect(status().isForbidden());
    }

    @Test
    void theFrontDeskAndAnAdministratorWithoutAClinicalRoleCannotFilterByConcernOrLifeStage() throws Exception {
        mvc.perform(get("/api/reports/engagement" + query() + "&concern=" + clinic.concern).with(FRONT_DESK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.concern").value(org.hamcrest.Matchers.containsString("clinical filter")));
        for (String report : List.of("outcomes", "outcomes.csv", "practice", "engagement")) {
            mvc.perform(get("/api/reports/" + report + query() + "&lifeStage=AFTER_AFFAIR").with(ADMIN))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.lifeStage").exists());
        }
        mvc.perform(get("/api/reports/engagement" + query() + "&concern=" + clinic.concern + "&lifeStage=AFTER_AFFAIR")
                .with(SUPERVISOR)).andExpect(status().isOk());
        mvc.perform(get("/api/reports/engagement" + query() + "&concern=" + clinic.concern).with(asTherapist()))
                .andExpect(status().isOk());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequest() throws Exception {
        mvc.perform(get("/api/reports/outcomes?from=2025-12-31&to=2025-01-01").with(SUPERVISOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").exists());
    }

    @Test
    void anAdministratorRebuildsTheReadModels() throws Exception {
        mvc.perform(post("/api/reports/rebuild").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eventsReplayed").isNumber());
        mvc.perform(get("/api/reports/outcomes" + query()).with(ADMIN))
                .andExpect(jsonPath("$.smallCountsSuppressed").value(true))
                .andExpect(jsonPath("$.episodesStarted").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void thePracticeReportShowsEachCouplesHomePracticePerWeekBesideTheirChangeExactToASupervisorAndHiddenBelowFiveToAnAdministrator()
            throws Exception {
        mvc.perform(get("/api/reports/practice" + query()).with(SUPERVISOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.couples[0].openedOn").value("2025-02-01"))
                .andExpect(jsonPath("$.couples[0].logs").value(5))
                .andExpect(jsonPath("$.couples[0].meanChange").value(12.5));
        String csv = mvc.perform(get("/api/reports/practice.csv" + query()).with(SUPERVISOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("couple 2025-02-01 to 2025-09-30,home practice logs per week,0.14,5")
                .contains("couple 2025-02-01 to 2025-09-30,mean change CSI-16,12.50,2")
                .contains("couple 2025-03-01 to open,home practice logs per week,0.02,1");
        String adminCsv = mvc.perform(get("/api/reports/practice.csv" + query()).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(adminCsv).contains("couple 2025-02-01 to 2025-09-30,home practice logs per week,0.14,5")
                .contains("couple 2025-02-01 to 2025-09-30,mean change CSI-16,,<5")
                .contains("couple 2025-03-01 to open,home practice logs per week,,<5").doesNotContain("12.50");

        String text;
        try (PDDocument pdf = Loader.loadPDF(mvc.perform(get("/api/reports/practice.pdf" + query()).with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).as("an episode's days on one line").contains("2025-02-01 to 2025-09-30");
        text = text.replaceAll("\\s+", " ");
        assertThat(text).contains("Imago practice report").contains("2025-03-01 to open 43.71 fewer than 5 (fewer than 5)")
                .as("E1's 5 logs are shown, its change on two partners is not").contains("34.57 5 0.14 1.74 (fewer than 5)");
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_entry where action = 'EXPORT' and subject_type = "
                + "'PracticeReport' and reason like ?", Integer.class, "%therapist " + clinic.therapist + "%")).isEqualTo(3);
    }

    @Test
    void anAdministratorWithoutAClinicalRoleGetsFewerThanFiveInTheCsvAndThePdfWhereASupervisorGetsTheCount()
            throws Exception {
        String csv = mvc.perform(get("/api/reports/outcomes.csv" + query()).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("episodes,started,<5,").contains("episodes,ended: Dropped out,<5,")
                .contains("counts from 1 to 4 are <5").doesNotContain("episodes,started,4,")
                .doesNotContain("episodes,ended: Dropped out,1,");

        String text;
        try (PDDocument pdf = Loader.loadPDF(mvc.perform(get("/api/reports/outcomes.pdf" + query()).with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Started in the period fewer than 5").contains("Ended: Dropped out fewer than 5")
                .contains("Couples on the waitlist now fewer than 5")
                .as("the drop-out rate of 1 in 2 is hidden").contains("Drop-out rate (before 6 sessions, n = fewer than 5) Couples");
    }

    @Test
    void theCsvHoldsTheFiguresFiltersAndNormsInWordsAndIsAudited() throws Exception {
        byte[] body = mvc.perform(get("/api/reports/outcomes.csv" + query()).with(SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("outcomes.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);

        assertThat(csv).startsWith("section,figure,value,n");
        assertThat(csv).contains("episodes,started,4,").contains("episodes,ended: Dropped out,1,")
                .contains("couples,too few measures to classify,1,").contains("partners,not classified: no norms yet,6,")
                .contains("change,mean change,5.00,6").contains("period 2025-01-01 to 2025-12-31")
                .as("the filter line names the therapist, no id").contains("therapist api Test")
                .doesNotContain("therapist " + clinic.therapist)
                .contains("No published norms are entered for CSI-16").contains("more baselines needed");
        assertThat(csv).as("the comparison names the therapist, no id").contains("therapist api Test"
                + therapist.username().substring(therapist.username().indexOf('-') + 1) + ",share of couples improved")
                .contains("partners,Recovered (share),0%,0");
        assertThat(exportsAudited("csv")).isEqualTo(1);
    }

    @Test
    void aPerCoupleListNamesOnlyTheCouplesTheTherapistCaresForAndAnAdministratorGetsNone() throws Exception {
        org.imagoclinic.clients.Couple couple = org.imagoclinic.clients.TestCouples.caredForBy(context, therapist.staffId());
        ClinicEvents.awaitReporting(context);

        String perCouple = mvc.perform(get("/api/reports/outcomes.csv?perCouple=true").with(asTherapist()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String aggregate = mvc.perform(get("/api/reports/outcomes.csv").with(asTherapist()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(perCouple).contains("couple " + couple.displayName());
        assertThat(aggregate).doesNotContain(couple.displayName());
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_entry where action = 'EXPORT' "
                + "and subject_id = 'csv-per-couple' and reason like '%1 couples listed by name%' and reason like ?",
                Integer.class, "%therapist " + therapist.staffId() + "%")).isEqualTo(1);
        mvc.perform(get("/api/reports/outcomes.csv?perCouple=true").with(ADMIN))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only their therapists and supervisors")));
    }

    @Test
    void thePdfHoldsTheFiguresTheFiltersTheNormsAndTheDateAndIsAudited() throws Exception {
        byte[] body = mvc.perform(get("/api/reports/outcomes.pdf" + query()).with(SUPERVISOR))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        String text;
        try (PDDocument pdf = Loader.loadPDF(body)) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Outcomes report").contains("Produced on ")
                .contains("period 2025-01-01 to 2025-12-31")
                .contains("No published norms are entered for CSI-16").contains("more baselines needed")
                .contains("Started in the period").contains("Ended: Dropped out 1").contains("Mean change").contains("5.00")
                .contains("Drop-out rate (before 6 sessions, n = 2) 50%").contains("Attendance rate 75%")
                .contains("Couples on the waitlist now 1")
                .contains("Median days waited before booking (n = 4) 23.50")
                .contains("Cohen's d");
        assertThat(exportsAudited("pdf")).isEqualTo(1);
    }
}
