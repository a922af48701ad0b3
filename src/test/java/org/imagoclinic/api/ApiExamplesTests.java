package org.imagoclinic.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request examples the API description shows are requests the application accepts: a client
 * author who copies them gets a registered couple and a booked course of sessions, not a 400.
 */
@ClinicIntegrationTest
class ApiExamplesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void theRegistrationAndBookingExamplesAreAcceptedAsTheyStand() throws Exception {
        JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());

        mvc.perform(post("/api/couples").with(httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(example(api, "/api/couples", "registerCouple").toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerA.details.firstName").value("Alex"))
                .andExpect(jsonPath("$.relationship.togetherSince").value("2012-06"));

        TestClinic clinic = new TestClinic(context);
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId());
        ObjectNode booking = (ObjectNode) example(api, "/api/appointments", "bookAppointment");
        booking.put("coupleId", couple.id().toString()).put("therapistId", therapist.staffId().toString())
                .put("roomId", clinic.room().id().toString());

        mvc.perform(post("/api/appointments").with(httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(booking.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.appointments.length()").value(6))
                .andExpect(jsonPath("$.appointments[0].start").value("2026-12-14T11:00:00"));
    }

    @Test
    void everyExampleIsShownOnItsOperation() throws Exception {
        JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());

        assertThat(example(api, "/api/appointments/{id}/cancel", "cancelAppointment").path("by").asString()).isEqualTo("CLIENT");
        assertThat(example(api, "/api/couples/{coupleId}/measures", "recordMeasure").path("answers").size()).isEqualTo(16);
        assertThat(example(api, "/api/waitlist", "addToWaitlist").path("days").size()).isEqualTo(2);
        assertThat(example(api, "/api/billing/couples/{coupleId}/payments", "recordPayment").path("method").asString())
                .isEqualTo("CARD_TERMINAL");
    }

    private static JsonNode example(JsonNode api, String path, String operationId) {
        JsonNode example = api.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path(operationId).path("value");
        assertThat(example.isObject()).as("the example of " + operationId).isTrue();
        return example.deepCopy();
    }
}
