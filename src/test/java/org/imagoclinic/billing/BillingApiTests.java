package org.imagoclinic.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The front desk's billing over REST, from a session completed in the calendar to a paid invoice. */
@ClinicIntegrationTest
class BillingApiTests {

    static final RequestPostProcessor FRONT_DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);
    static final RequestPostProcessor ADMIN = httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Test
    void aSessionCompletedInTheCalendarIsChargedInvoicedAndPaidOverTheApi() throws Exception {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        UUID appointment = clinic.completedSession(couple, therapist, true);
        String couplePath = "/api/billing/couples/" + couple.id();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> clinic.as("frontdesk",
                () -> context.getBean(Charges.class).ofCouple(couple.id())), charges -> !charges.isEmpty());
        mvc.perform(get(couplePath + "/charges").with(FRONT_DESK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].sourceId").value(appointment.toString()))
                .andExpect(jsonPath("$[0].cptCode").value("90847"))
                .andExpect(jsonPath("$[0].net").value(165.00));

        String invoice = mvc.perform(post(couplePath + "/invoices").with(FRONT_DESK))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].number").value(org.hamcrest.Matchers.matchesPattern("2026-\\d{4}")))
                .andExpect(jsonPath("$[0].currency").value("GBP"))
                .andExpect(jsonPath("$[0].outstanding").value(165.00))
                .andReturn().getResponse().getContentAsString();
        String invoiceId = com.jayway.jsonpath.JsonPath.read(invoice, "$[0].id");

        mvc.perform(post(couplePath + "/payments").with(FRONT_DESK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": -5, \"method\": \"CASH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.amount").value("Enter an amount above zero."));
        mvc.perform(post(couplePath + "/payments").with(FRONT_DESK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 165.00, \"method\": \"BANK_TRANSFER\", \"reference\": \"FPS 99812\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.allocated").value(165.00));
        mvc.perform(get(couplePath + "/payments").with(FRONT_DESK)).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(couplePath + "/balance").with(FRONT_DESK))
                .andExpect(jsonPath("$.due").value(0.00))
                .andExpect(jsonPath("$.outstanding").value(0.00));
        byte[] pdf = mvc.perform(get("/api/billing/invoices/" + invoiceId + "/pdf").with(FRONT_DESK))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");

        // no payer chosen: both partners pay, so the month's statement goes to both (if they agreed to email)
        mvc.perform(post(couplePath + "/statement/email").param("month", "2026-12").with(FRONT_DESK))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.payerIds.length()").value(2));
        mvc.perform(post(couplePath + "/statement/email").param("month", "2027-01").with(FRONT_DESK))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.month").exists());
        // the invoice is the partners', not a third party's: it does not go to one by email
        mvc.perform(post("/api/billing/invoices/" + invoiceId + "/email").with(FRONT_DESK))
                .andExpect(status().isUnprocessableContent());

        // a third party who pays: its email address is checked by the same rule as every address, nothing stored
        mvc.perform(put(couplePath + "/payer").with(FRONT_DESK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"THIRD_PARTY\", \"thirdPartyName\": \"Acme EAP\", \"thirdPartyEmail\": \"billing at acme\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.thirdPartyEmail").value("This is not an email address; it looks like name@example.org."));
        mvc.perform(get(couplePath + "/payer").with(FRONT_DESK)).andExpect(jsonPath("$.kind").value("SPLIT"));
        mvc.perform(put(couplePath + "/payer").with(FRONT_DESK).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"THIRD_PARTY\", \"thirdPartyName\": \"Acme EAP\", \"thirdPartyEmail\": \" billing@acme.example \"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.thirdPartyEmail").value("billing@acme.example"));

        // the monthly sending: a day some months lack is refused next to its field, and nothing changes
        mvc.perform(put("/api/billing/statement-schedule").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": true, \"dayOfMonth\": 31}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.dayOfMonth").exists());
        mvc.perform(get("/api/billing/statement-schedule").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dayOfMonth").isNumber());
    }
}
