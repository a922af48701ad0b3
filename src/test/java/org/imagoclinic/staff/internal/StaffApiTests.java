package org.imagoclinic.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The staff directory's REST API as a client sees it, with the demo clinic's sign-ins. */
@ClinicIntegrationTest
class StaffApiTests {

    private static final String PASSWORD = ClinicIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorAddsATherapistAndGetsTheOneTimePasswordWhichMustBeChangedAtFirstSignIn() throws Exception {
        String email = unique("ana.ruiz") + "@example.org";

        JsonNode saved = body(send(post("/api/staff"), "admin", therapistJson("Ana", "Ruiz", email, "#2E7D32", "THERAPIST"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/staff/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.staffMember.displayName").value("Dr Ana Ruiz"))
                .andExpect(jsonPath("$.staffMember.therapist.calendarColour").value("#2e7d32"))
                .andExpect(jsonPath("$.staffMember.roles[0]").value("THERAPIST")));

        String username = saved.at("/signIn/username").asString();
        String oneTimePassword = saved.at("/signIn/oneTimePassword").asString();
        assertThat(username).startsWith("aruiz");
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(20);
        mvc.perform(get("/api/me").with(httpBasic(username, oneTimePassword)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Dr Ana Ruiz"))
                .andExpect(jsonPath("$.staffId").value(saved.at("/staffMember/id").asString()));
        assertThat(jdbc.queryForObject("select must_change_password from security.user_account where username = ?",
                Boolean.class, username)).isTrue();
        mvc.perform(get("/api/staff/" + saved.at("/staffMember/id").asString()).with(basic("frontdesk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("oneTimePassword"))));
    }

    @Test
    void badInputIsA400ThatNamesEachFieldAndWritesNothing() throws Exception {
        String email = unique("zoe") + "@example";
        int before = staffCount();
        String body = """
                {"firstName": "Zoe", "email": "%s", "roles": ["THERAPIST", "WIZARD"],
                 "therapist": {"credentials": "LPC", "discipline": "COUNSELLING", "calendarColour": "blue",
                               "underSupervision": false}}
                """.formatted(email);

        send(post("/api/staff"), "admin", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.lastName").value("Enter the last name."))
                .andExpect(jsonPath("$.errors.email", containsString("valid email address")))
                .andExpect(jsonPath("$.errors['therapist.calendarColour']", containsString("six hexadecimal digits")))
                .andExpect(jsonPath("$.errors.roles", containsString("WIZARD")));

        assertThat(staffCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from security.user_account where email = ?", Integer.class,
                email)).isZero();
    }

    @Test
    void anUnreadableOrMissingValueInTheBodyIsA400NamingItsField() throws Exception {
        send(post("/api/staff"), "admin", therapistJson("Ian", "Oak", unique("ian") + "@example.org", "#123456",
                "THERAPIST").replace("COUNSELLING", "ASTROLOGY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['therapist.discipline']", containsString("CLINICAL_PSYCHOLOGY")));
        send(post("/api/staff"), "admin", therapistJson("Ida", "Oak", unique("ida") + "@example.org", "#123456",
                "THERAPIST").replace(", \"underSupervision\": false", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['therapist.underSupervision']").value(
                        "Give this value; it can't be left out or null."));

        String id = addedId(therapistJson("Ivy", "Oak", unique("ivy") + "@example.org", "#123456", "THERAPIST"));
        send(put("/api/staff/" + id + "/supervisor"), "admin", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.supervisorId").value("Choose the supervisor."))
                .andExpect(jsonPath("$.errors.startsOn").value("Give the first day of the supervision."));
    }

    @Test
    void aSecondPersonWithTheSameEmailInAnotherCaseIsAConflict() throws Exception {
        String email = unique("bo.lin") + "@example.org";
        addedId(personJson("Bo", "Lin", email, "FRONT_DESK"));
        int before = staffCount();

        send(post("/api/staff"), "admin", personJson("Bea", "Lin", email.toUpperCase(), "FRONT_DESK"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("already uses the email address")));
        assertThat(staffCount()).isEqualTo(before);
    }

    @Test
    void anUnknownStaffMemberIsA404() throws Exception {
        UUID nobody = UUID.randomUUID();
        mvc.perform(get("/api/staff/" + nobody).with(basic("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(put("/api/staff/" + nobody), "admin", personJson("No", "One", unique("no") + "@example.org", "ADMIN"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/staff/" + nobody + "/deactivate").with(basic("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void everyoneSignedInReadsTheDirectoryButOnlyAdministratorsChangeIt() throws Exception {
        String id = addedId(personJson("Cal", "Reyes", unique("cal") + "@example.org", "FRONT_DESK"));

        mvc.perform(get("/api/staff").with(basic("therapist"))).andExpect(status().isOk());
        send(post("/api/staff"), "frontdesk", personJson("Dee", "Reyes", unique("dee") + "@example.org", "ADMIN"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(put("/api/staff/" + id), "supervisor", personJson("Cal", "Reyes", unique("cal") + "@example.org", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/" + id + "/deactivate").with(basic("therapist"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/" + id + "/reset-password").with(basic("frontdesk")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/staff")).andExpect(status().isUnauthorized());
    }

    @Test
    void searchFindsEachWordAtTheStartOfANameOrEmailRegardlessOfCase() throws Exception {
        String surname = "Quill" + unique("");
        String id = addedId(personJson("Esme", surname, unique("esme") + "@example.org", "FRONT_DESK"));
        addedId(personJson("Finn", surname, unique("finn") + "@example.org", "FRONT_DESK"));

        mvc.perform(get("/api/staff").param("search", "ESM " + surname.toLowerCase()).with(basic("frontdesk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/staff").param("search", surname).param("limit", "1").with(basic("frontdesk")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].firstName").value("Esme"));
        mvc.perform(get("/api/staff").param("search", "uill").with(basic("frontdesk")))
                .andExpect(jsonPath("$.items[?(@.lastName == '" + surname + "')]").isEmpty());
    }

    @Test
    void aDeactivatedPersonCanNoLongerSignInButStaysInTheDirectoryAsInactive() throws Exception {
        String email = unique("gil.hart") + "@example.org";
        JsonNode saved = body(send(post("/api/staff"), "admin", personJson("Gil", "Hart", email, "FRONT_DESK"))
                .andExpect(status().isCreated()));
        String id = saved.at("/staffMember/id").asString();
        RequestPostProcessor gil = httpBasic(saved.at("/signIn/username").asString(),
                saved.at("/signIn/oneTimePassword").asString());
        mvc.perform(get("/api/me").with(gil)).andExpect(status().isOk());

        mvc.perform(post("/api/staff/" + id + "/deactivate").with(basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        mvc.perform(get("/api/me").with(gil)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/staff").param("search", email).param("active", "false").with(basic("frontdesk")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].active").value(false));
        mvc.perform(get("/api/staff").param("search", email).param("active", "true").with(basic("frontdesk")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anAdministratorAssignsASupervisorAndTheHistoryShowsIt() throws Exception {
        String supervisee = addedId(therapistJson("Hal", "Ng", unique("hal") + "@example.org", "#224466", "THERAPIST")
                .replace("\"underSupervision\": false", "\"underSupervision\": true"));
        String supervisor = addedId(therapistJson("Iris", "Ng", unique("iris") + "@example.org", "#664422",
                "THERAPIST\", \"SUPERVISOR"));

        send(put("/api/staff/" + supervisee + "/supervisor"), "admin",
                "{\"supervisorId\": \"" + supervisor + "\", \"startsOn\": \"2026-01-05\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supervisorId").value(supervisor))
                .andExpect(jsonPath("$.supervisorName").value("Dr Iris Ng"));
        send(put("/api/staff/" + supervisor + "/supervisor"), "admin",
                "{\"supervisorId\": \"" + supervisee + "\", \"startsOn\": \"2026-01-05\"}")
                .andExpect(status().isConflict());

        mvc.perform(get("/api/staff/" + supervisee + "/supervision").with(basic("therapist")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].startsOn").value("2026-01-05"))
                .andExpect(jsonPath("$[0].endsOn").isEmpty());
    }

    @Test
    void anAdministratorResetsAPasswordAndLiftsALockOut() throws Exception {
        JsonNode saved = body(send(post("/api/staff"), "admin",
                personJson("Jan", "Ode", unique("jan") + "@example.org", "FRONT_DESK")).andExpect(status().isCreated()));
        String id = saved.at("/staffMember/id").asString();
        String username = saved.at("/signIn/username").asString();
        String first = saved.at("/signIn/oneTimePassword").asString();

        String second = body(mvc.perform(post("/api/staff/" + id + "/reset-password").with(basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))).at("/oneTimePassword").asString();
        mvc.perform(get("/api/me").with(httpBasic(username, first))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(username, second))).andExpect(status().isOk());

        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/me").with(httpBasic(username, "wrong-" + attempt)));
        }
        mvc.perform(get("/api/me").with(httpBasic(username, second))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/staff/" + id + "/unlock").with(basic("admin"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/me").with(httpBasic(username, second))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorCanNeitherDeactivateThemselvesNorDropTheirOwnAdministratorRole() throws Exception {
        String email = unique("kim.aro") + "@example.org";
        JsonNode saved = body(send(post("/api/staff"), "admin", personJson("Kim", "Aro", email, "ADMIN"))
                .andExpect(status().isCreated()));
        String id = saved.at("/staffMember/id").asString();
        String kimsUsername = saved.at("/signIn/username").asString();
        mvc.perform(put("/api/me/password").with(httpBasic(kimsUsername, saved.at("/signIn/oneTimePassword").asString()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + saved.at("/signIn/oneTimePassword").asString()
                                + "\", \"newPassword\": \"kims-own-passphrase\"}"))
                .andExpect(status().isNoContent());
        RequestPostProcessor kim = httpBasic(kimsUsername, "kims-own-passphrase");

        mvc.perform(post("/api/staff/" + id + "/deactivate").with(kim))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("can't deactivate yourself")));
        mvc.perform(put("/api/staff/" + id).with(kim).contentType(MediaType.APPLICATION_JSON)
                        .content(personJson("Kim", "Aro", email, "FRONT_DESK")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles", containsString("your own administrator role")));

        mvc.perform(post("/api/staff/" + id + "/deactivate").with(basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void theStaffApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/staff'].post").exists())
                .andExpect(jsonPath("$.paths['/api/staff/{id}/supervisor'].put").exists());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String addedId(String body) throws Exception {
        return body(send(post("/api/staff"), "admin", body).andExpect(status().isCreated()))
                .at("/staffMember/id").asString();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private int staffCount() {
        return jdbc.queryForObject("select count(*) from staff.staff_member", Integer.class);
    }

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String personJson(String firstName, String lastName, String email, String role) {
        return """
                {"firstName": "%s", "lastName": "%s", "email": "%s", "roles": ["%s"]}
                """.formatted(firstName, lastName, email, role);
    }

    private static String therapistJson(String firstName, String lastName, String email, String colour, String roles) {
        return """
                {"title": "Dr", "firstName": "%s", "lastName": "%s", "email": "%s", "phone": "+1 555 0123",
                 "roles": ["%s"],
                 "therapist": {"credentials": "LMFT, Certified Imago Therapist", "licenceNumber": "LMFT 9",
                               "discipline": "COUNSELLING", "calendarColour": "%s", "underSupervision": false}}
                """.formatted(firstName, lastName, email, roles, colour);
    }
}
