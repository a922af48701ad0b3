package org.imagoclinic.assessments.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.PlanDueForReview;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.internal.measures.MeasureScheduleListener;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The course plan as a therapist and a supervisor use it: goals drawn from the couple's vision, chosen
 * request and exits, saved and read back; a review per goal; the PDF for the file; the supervisor's
 * list of plans overdue for review; refusals that leave the plan as it was.
 */
@ClinicIntegrationTest
class CoursePlanTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    /** Staff accounts cost a password hash each: made once for the class, a new couple for each test. */
    static TestStaff supervisor;
    static TestStaff therapist;
    static TestStaff otherSupervisor;

    ImagoTestClinic clinic;
    Couple couple;
    String base;
    UUID vision;
    UUID request;
    UUID exits;

    @BeforeEach
    void aCoupleWithAVisionAChosenRequestAndExitsBeingClosed() {
        clinic = new ImagoTestClinic(context, "admin");
        if (supervisor == null) {
            supervisor = clinic.supervisor();
            therapist = clinic.supervisee(supervisor);
            otherSupervisor = clinic.supervisor();
        }
        couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        base = "/api/couples/" + couple.id() + "/course-plan";
        UUID alex = couple.partnerA().personId();
        vision = record(null, new RelationshipVision(List.of(new RelationshipVision.Statement("We laugh together every day.", 1,
                false), new RelationshipVision.Statement("We settle arguments calmly.", 2, true))));
        request = record(alex, new BehaviourChangeRequest(alex, "You look at your phone when I talk", "invisible",
                "to be seen and heard", null, List.of(
                new BehaviourChangeRequest.Request("Ask me how my day went, three evenings a week for a month", 4, 2, false),
                new BehaviourChangeRequest.Request("Hug me when you come home, every day this week", null, null, false),
                new BehaviourChangeRequest.Request("Walk with me on Sunday mornings this month", null, null, false)), 1));
        exits = record(alex, new Exits(List.of(new Exits.Exit("Working late every night", Exits.Kind.SOFT, Exits.Status.CLOSING),
                new Exits.Exit("Scrolling in bed", Exits.Kind.SOFT, Exits.Status.CLOSED))));
    }

    @Test
    void aPlanDrawnFromTheImagoRecordsIsSavedReadBackReviewedAndPrintedForTheFile() throws Exception {
        LocalDate reviewBy = today().plusWeeks(4);
        String saved = put(base, therapist, plan(reviewBy, "Three evenings a week"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();

        String read = mvc.perform(get(base).with(as(therapist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals", hasSize(3)))
                .andExpect(jsonPath("$.goals[0].drawnFrom").value("We laugh together every day."))
                .andExpect(jsonPath("$.goals[1].drawnFrom").value("Ask me how my day went, three evenings a week for a month"))
                .andExpect(jsonPath("$.goals[1].partnerName").value(couple.partnerA().displayName()))
                .andExpect(jsonPath("$.goals[2].drawnFrom").value("Working late every night"))
                .andExpect(jsonPath("$.goals[1].target").value("Three evenings a week"))
                .andExpect(jsonPath("$.targets.eachAboveCutoff").value(true))
                .andExpect(jsonPath("$.nextReviewOn").value(reviewBy.toString()))
                .andExpect(jsonPath("$.overdue").value(false))
                .andReturn().getResponse().getContentAsString();
        String normsUsed = JsonPath.read(read, "$.normsUsed");
        assertThat(normsUsed).isNotBlank();

        List<String> goalIds = JsonPath.read(saved, "$.goals[*].id");
        post(base + "/reviews", therapist, """
                {"progress": [{"goalId": "%s", "progress": "SOME_PROGRESS", "comment": "Laughed twice this week"},
                              {"goalId": "%s", "progress": "MET"}, {"goalId": "%s", "progress": "NOT_STARTED"}],
                 "note": "Keep going."}""".formatted(goalIds.get(0), goalIds.get(1), goalIds.get(2)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviews", hasSize(1)))
                .andExpect(jsonPath("$.reviews[0].progress[1].progress").value("MET"))
                .andExpect(jsonPath("$.reviews[0].reviewedOn").value(today().toString()));

        byte[] pdf = mvc.perform(get(base + "/pdf").with(as(therapist)).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Course plan: " + couple.displayName())
                .contains("We laugh together every day.").contains("Working late every night")
                .contains("Three evenings a week").contains("Each partner out of the clinical range")
                .contains("Met").contains("Keep going.")
                .contains("Norms: " + normsUsed.replaceAll("\\s+", " "));
    }

    @Test
    void aRefusedPlanNamesEachFieldAndAnotherCareTeamIsRefusedBothLeavingThePlanAsItWas() throws Exception {
        put(base, therapist, plan(today().plusWeeks(4), "Three evenings a week")).andExpect(status().isOk());

        put(base, therapist, """
                {"goals": [{"source": "EXIT", "recordId": "%s", "item": 1, "goal": "No scrolling", "target": " ",
                            "reviewOn": "3026-01-01"}]}""".formatted(exits))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['goals[0].target']").value(containsString("what will show")))
                .andExpect(jsonPath("$.errors['goals[0].reviewOn']").value(containsString("Check the year")))
                .andExpect(jsonPath("$.errors['goals[0].recordId']").value(containsString("closed already")));

        mvc.perform(get(base).with(as(otherSupervisor))).andExpect(status().isForbidden());
        put(base, otherSupervisor, plan(today().plusWeeks(2), "Every evening")).andExpect(status().isForbidden());

        mvc.perform(get(base).with(as(therapist)))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.goals[1].target").value("Three evenings a week"));
    }

    @Test
    void aSupervisorSeesTheirSuperviseesPlansOverdueForReviewUntilTheyAreReviewed() throws Exception {
        LocalDate reviewBy = today().plusWeeks(4);
        String saved = put(base, therapist, plan(reviewBy, "Three evenings a week")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(overdueFor(supervisor)).noneMatch(plan -> plan.coupleId().equals(couple.id()));

        TestClinicClock.advance(Duration.ofDays(30));
        assertThat(overdueFor(supervisor)).filteredOn(plan -> plan.coupleId().equals(couple.id()))
                .singleElement()
                .satisfies(plan -> {
                    assertThat(plan.dueSince()).isEqualTo(reviewBy);
                    assertThat(plan.lastReviewedOn()).isNull();
                    assertThat(plan.coupleName()).isEqualTo(couple.displayName());
                });
        assertThat(overdueFor(otherSupervisor)).as("another supervisor's list")
                .noneMatch(plan -> plan.coupleId().equals(couple.id()));

        List<String> goalIds = JsonPath.read(saved, "$.goals[*].id");
        post(base + "/reviews", therapist, """
                {"progress": [{"goalId": "%s", "progress": "MOSTLY_MET"}, {"goalId": "%s", "progress": "MET"},
                              {"goalId": "%s", "progress": "SOME_PROGRESS"}]}""".formatted(goalIds.toArray()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.overdue").value(false));
        assertThat(overdueFor(supervisor)).noneMatch(plan -> plan.coupleId().equals(couple.id()));
    }

    @Test
    void aMeasureReviewAfterTheFourthJointSessionIsAReviewOfThePlanAndTheReviewBelongsToIt() throws Exception {
        LocalDate reviewBy = today().plusWeeks(6);
        String saved = put(base, therapist, plan(reviewBy, "Three evenings a week")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Instant yesterday = TestClinicClock.clinic().instant().minus(Duration.ofDays(1));
        for (int session = 0; session < 4; session++) {
            context.getBean(MeasureScheduleListener.class).sessionCompleted(new SessionCompleted(UUID.randomUUID(),
                    AppointmentKind.JOINT, couple.id(), List.of(), couple.episodes().getFirst().id(),
                    List.of(therapist.staffId()), yesterday, yesterday.plus(Duration.ofMinutes(90)), true, yesterday));
        }

        mvc.perform(get(base).with(as(therapist)))
                .andExpect(jsonPath("$.nextReviewOn").value(today().minusDays(1).toString()))
                .andExpect(jsonPath("$.overdue").value(true));
        List<String> goalIds = JsonPath.read(saved, "$.goals[*].id");
        post(base + "/reviews", therapist, """
                {"progress": [{"goalId": "%s", "progress": "SOME_PROGRESS"}, {"goalId": "%s", "progress": "SOME_PROGRESS"},
                              {"goalId": "%s", "progress": "NOT_STARTED"}]}""".formatted(goalIds.toArray()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviews[0].afterSessions").value(4))
                .andExpect(jsonPath("$.nextReviewOn").value(reviewBy.toString()))
                .andExpect(jsonPath("$.overdue").value(false));
    }

    private List<PlanDueForReview> overdueFor(TestStaff staff) {
        return clinic.as(staff.username(), () -> context.getBean(CoursePlans.class).overdueForMe());
    }

    private String plan(LocalDate reviewBy, String requestTarget) {
        return """
                {"goals": [
                  {"source": "VISION", "recordId": "%1$s", "item": 0, "goal": "Laugh together", "target": "Most days",
                   "reviewOn": "%4$s"},
                  {"source": "BEHAVIOUR_CHANGE_REQUEST", "recordId": "%2$s", "goal": "Ask about each other's day",
                   "target": "%5$s", "reviewOn": "%4$s"},
                  {"source": "EXIT", "recordId": "%3$s", "item": 0, "goal": "Home by seven", "target": "Four nights a week",
                   "reviewOn": "%4$s"}],
                 "targets": {"eachAboveCutoff": true, "reliableImprovementForBoth": true}}"""
                .formatted(vision, request, exits, reviewBy, requestTarget);
    }

    private UUID record(UUID partnerId, org.imagoclinic.assessments.ImagoContent content) {
        return clinic.as(therapist.username(), () -> context.getBean(ImagoRecords.class)
                .record(couple.id(), new NewImagoRecord<>(partnerId, null, null, content))).id();
    }

    private static LocalDate today() {
        return LocalDate.now(TestClinicClock.clinic());
    }

    private ResultActions put(String path, TestStaff who, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(as(who)));
    }

    private ResultActions post(String path, TestStaff who, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(as(who)));
    }

    /** Signed in as the staff member without checking a password on every request (that costs a hash each). */
    private RequestPostProcessor as(TestStaff staff) {
        UserDetails user = users.loadUserByUsername(staff.username());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
