package org.imagoclinic.assessments.internal.imago;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.assessments.FollowUpDue;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A behaviour change request with a time limit and a follow-up schedule: its follow-ups appear in the
 * therapist's queue when due, leave it once recorded, and stop after the time limit.
 */
@ClinicIntegrationTest
class RequestFollowUpScheduleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    @Test
    void weeklyFollowUpsOfAChosenRequestAppearInTheTherapistsQueueUntilItsTimeLimit() throws Exception {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        String requests = "/api/couples/" + couple.id() + "/imago/requests";
        LocalDate madeOn = LocalDate.now(TestClinicClock.clinic());

        post(requests, therapist, request(couple, madeOn, 7))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['content.endsOn']").value(containsString("after the day the request is made")));
        post(requests, therapist, request(couple, madeOn.plusDays(10), 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['content.followUpEveryDays']").exists());
        String created = post(requests, therapist, request(couple, madeOn.plusDays(10), 7))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content.endsOn").value(madeOn.plusDays(10).toString()))
                .andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(created, "$.id");
        assertThat(dueFor(therapist, couple)).as("nothing due on the day it was made").isEmpty();

        TestClinicClock.advance(Duration.ofDays(8));
        assertThat(dueFor(therapist, couple)).singleElement().satisfies(due -> {
            assertThat(due.dueOn()).isEqualTo(madeOn.plusDays(7));
            assertThat(due.chosenRequest()).isEqualTo("Ask me how my day went, three evenings a week");
            assertThat(due.askingPartnerName()).isEqualTo(couple.partnerA().displayName());
        });
        assertThat(dueFor(clinic.therapist(), couple)).as("another therapist's queue").isEmpty();

        post(requests + "/" + requestId + "/follow-ups", therapist, "{\"outcome\": \"PARTLY_KEPT\"}")
                .andExpect(status().isCreated());
        assertThat(dueFor(therapist, couple)).as("followed up").isEmpty();

        TestClinicClock.advance(Duration.ofDays(3));
        assertThat(dueFor(therapist, couple)).extracting(FollowUpDue::dueOn).containsExactly(madeOn.plusDays(10));
        post(requests + "/" + requestId + "/follow-ups", therapist, "{\"outcome\": \"KEPT\"}").andExpect(status().isCreated());
        TestClinicClock.advance(Duration.ofDays(14));
        assertThat(dueFor(therapist, couple)).as("past the time limit").isEmpty();
    }

    private List<FollowUpDue> dueFor(TestStaff therapist, Couple couple) {
        return new ImagoTestClinic(context, "admin").as(therapist.username(),
                () -> context.getBean(ImagoRecords.class).followUpsDueForMe()).stream()
                .filter(due -> due.coupleId().equals(couple.id())).toList();
    }

    private static String request(Couple couple, LocalDate endsOn, int everyDays) {
        return """
                {"content": {"askingPartnerId": "%s", "frustration": "You look at your phone when I talk",
                 "feeling": "invisible", "desire": "to be seen and heard", "chosen": 1,
                 "requests": [{"text": "Ask me how my day went, three evenings a week"}, {"text": "Hug me when you come home"},
                              {"text": "Walk with me on Sunday mornings"}],
                 "endsOn": "%s", "followUpEveryDays": %d}}""".formatted(couple.partnerA().personId(), endsOn, everyDays);
    }

    private ResultActions post(String path, TestStaff who, String body) throws Exception {
        UserDetails user = users.loadUserByUsername(who.username());
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))));
    }
}
