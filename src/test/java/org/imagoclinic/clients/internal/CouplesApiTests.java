package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The couples REST API as an integration sees it: 201, 400 naming each field, 404, 409; nothing half-written. */
@ClinicIntegrationTest
class CouplesApiTests {

    static final String DESK = "frontdesk";
    static final String PASSWORD = ClinicIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFrontDeskRegistersACoupleAndIsToldWhereItIs() throws Exception {
        String smith = ApiJson.name();
        String jones = ApiJson.name();

        String location = postAsDesk("/api/couples", ApiJson.couple(smith, jones))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/couples/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.displayName").value(smith + " & " + jones))
                .andExpect(jsonPath("$.partnerA.details.firstName").value("Alex"))
                .andExpect(jsonPath("$.relationship.togetherSince").value("2015-06"))
                .andExpect(jsonPath("$.consents", hasSize(2)))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(httpBasic(DESK, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnerB.details.email").value("sam." + jones.toLowerCase() + "@example.org"))
                .andExpect(jsonPath("$.screeningHold").value("NOT_SCREENED"))
                .andExpect(content().string(not(containsString("same argument about chores"))));
        mvc.perform(get("/api/couples").param("name", jones).with(httpBasic(DESK, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].partnerNames").value("Alex " + smith + " and Sam " + jones))
                .andExpect(jsonPath("$[0].careStatus").value("REGISTERED"));
    }

    @Test
    void aCoupleWithOnePartnerIsRefusedNamingTheMissingPartnerAndNothingIsWritten() throws Exception {
        String lonely = ApiJson.name();
        String body = """
                {"partnerA": %s,
                 "relationship": {"status": "DATING", "confidentialityPolicy": "NO_SECRETS"}}"""
                .formatted(ApiJson.partner("Robin", lonely, "1990-01-01", "robin@example.org"));

        postAsDesk("/api/couples", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.partnerB").value(containsString("Both partners are needed")));

        assertThat(peopleNamed(lonely)).isZero();
    }

    @Test
    void aDateOfBirthInTheFutureIsRefusedAndNothingIsWritten() throws Exception {
        String future = ApiJson.name();
        String body = ApiJson.registration(ApiJson.partner("Robin", future, "2999-01-01", "robin@example.org"),
                ApiJson.partner("Kim", future + "x", "1990-01-01", "kim@example.org"));

        postAsDesk("/api/couples", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['partnerA.details.dateOfBirth']")
                        .value("The date of birth can't be in the future."));

        assertThat(peopleNamed(future)).isZero();
        assertThat(peopleNamed(future + "x")).isZero();
    }

    @Test
    void aPartnerListedTwiceIsRefusedAndNothingIsWritten() throws Exception {
        String twice = ApiJson.name();
        String partner = ApiJson.partner("Robin", twice, "1990-01-01", "robin." + twice + "@example.org");

        postAsDesk("/api/couples", ApiJson.registration(partner, partner))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.partnerB").value(containsString("listed twice")));

        assertThat(peopleNamed(twice)).isZero();
    }

    @Test
    void anEmailThatIsNotOneIsRefusedAndNothingIsWritten() throws Exception {
        String typo = ApiJson.name();
        String body = ApiJson.registration(ApiJson.partner("Robin", typo, "1990-01-01", "robin@example.org"),
                ApiJson.partner("Kim", typo, "1991-01-01", "kim(at)example.org"));

        postAsDesk("/api/couples", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['partnerB.details.email']")
                        .value("This is not an email address; it looks like name@example.org."))
                .andExpect(jsonPath("$.errors['partnerA.details.email']").doesNotExist());

        assertThat(peopleNamed(typo)).isZero();
    }

    @Test
    void inputThatIsNotEvenTheRightShapeIsRefusedNamingTheField() throws Exception {
        String shape = ApiJson.name();
        String badDate = ApiJson.registration(ApiJson.partner("Robin", shape, "14/03/1985", "robin@example.org"),
                ApiJson.partner("Kim", shape, "1991-01-01", "kim@example.org"));
        String badStatus = ApiJson.couple(shape, shape + "y").replace("\"MARRIED\"", "\"COMPLICATED\"");

        postAsDesk("/api/couples", badDate)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['partnerA.details.dateOfBirth']").value("Use a date such as 2026-03-14."));
        postAsDesk("/api/couples", badStatus)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['relationship.status']").value(containsString("MARRIED")));
        postAsDesk("/api/couples", "{not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['']").exists());

        assertThat(peopleNamed(shape)).isZero();
    }

    @Test
    void anUnknownCoupleIs404AndAMalformedIdIs400() throws Exception {
        String unknown = "/api/couples/" + UUID.randomUUID();

        mvc.perform(get(unknown).with(httpBasic(DESK, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No couple with this id is registered."));
        mvc.perform(put(unknown).with(httpBasic(DESK, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relationship\": null}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(unknown + "/episodes").with(httpBasic(DESK, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/couples/not-an-id").with(httpBasic(DESK, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").exists());
    }

    @Test
    void detailsAreChangedAndABadChangeLeavesThemAsTheyWere() throws Exception {
        String lee = ApiJson.name();
        String park = ApiJson.name();
        String id = idOf(postAsDesk("/api/couples", ApiJson.couple(lee, park)).andExpect(status().isCreated()));
        String update = """
                {"partnerA": {"firstName": "Alex", "lastName": "%s", "dateOfBirth": "1985-03-14", "email": "%s"},
                 "partnerB": {"firstName": "Sam", "lastName": "%s", "dateOfBirth": "1987-09-02", "phone": "07700 900123"},
                 "relationship": {"status": "SEPARATED", "confidentialityPolicy": "NO_SECRETS"}}""";

        mvc.perform(put("/api/couples/" + id).with(httpBasic(DESK, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted(lee, "alex@new.example.org", park)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partnerA.details.email").value("alex@new.example.org"))
                .andExpect(jsonPath("$.relationship.status").value("SEPARATED"));
        mvc.perform(put("/api/couples/" + id).with(httpBasic(DESK, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted(lee, "not-an-email", park)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['partnerA.email']").exists());

        assertThat(jdbc.queryForObject("select email from clients.person where last_name = ?", String.class, lee))
                .isEqualTo("alex@new.example.org");
    }

    @Test
    void consentsAreRecordedWithTheirDayAndWhoRecordedThem() throws Exception {
        String id = idOf(postAsDesk("/api/couples", ApiJson.couple(ApiJson.name(), ApiJson.name())));

        postAsDesk("/api/couples/" + id + "/consents", """
                {"consents": [{"kind": "RECORDING", "partner": "A", "given": true, "on": "2026-01-05"},
                              {"kind": "RECORDING", "partner": "B", "given": false}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.consents[?(@.kind == 'RECORDING' && @.partner == 'A')].decidedOn")
                        .value("2026-01-05"))
                .andExpect(jsonPath("$.consents[?(@.kind == 'RECORDING' && @.partner == 'B')].given").value(false))
                .andExpect(jsonPath("$.consents[?(@.kind == 'RECORDING')].recordedBy").value(
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Priya Shah"))));
        postAsDesk("/api/couples/" + id + "/consents", "{\"consents\": [{\"kind\": \"RECORDING\", \"given\": true}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['consents[0].partner']").exists());
    }

    @Test
    void administratorsSeeTheListButDoNotRegisterCouples() throws Exception {
        mvc.perform(get("/api/couples").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/couples").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(ApiJson.couple(ApiJson.name(), ApiJson.name())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCouplesApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/couples'].post").exists())
                .andExpect(jsonPath("$.paths['/api/couples/{id}/screening/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/couples/{id}/episodes/{episodeId}/close'].post").exists())
                .andExpect(jsonPath("$.paths['/api/couples/{id}/therapist'].put").exists());
    }

    private ResultActions postAsDesk(String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(DESK, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String idOf(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private int peopleNamed(String lastName) {
        return jdbc.queryForObject("select count(*) from clients.person where last_name = ?", Integer.class, lastName);
    }
}
