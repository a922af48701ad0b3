package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.access.AccessRules;
import org.imagoclinic.access.Rule;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.Endpoints;
import org.imagoclinic.support.Endpoints.Endpoint;
import org.imagoclinic.support.JsonShapes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A caller whose {@code Accept} header allows nothing the API answers in gets a 406 problem
 * detail before any work is done (ADR 0029): the write is not made, so a lost answer loses nothing
 * (not a changed room, not a created staff member with its one-time password).
 */
@ClinicIntegrationTest
class UnacceptableAcceptTests {

    /** Calling every endpoint may change a clinic-wide setting: the tests after it start from the defaults. */
    @org.junit.jupiter.api.AfterEach
    void theClinicsSettingsAsTheyWere() {
        org.imagoclinic.support.ClinicDefaults.restore(context);
    }

    /** Accept headers no JSON endpoint can satisfy. */
    static final List<String> UNACCEPTABLE = List.of(MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_HTML_VALUE,
            "text/plain", "image/png, text/csv;q=0.5");

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    Room room;
    TestStaff therapist;
    UUID coupleId;
    TableFingerprint tables;

    @BeforeEach
    void realRecords() {
        TestClinic clinic = new TestClinic(context);
        room = clinic.room();
        therapist = clinic.therapist();
        coupleId = clinic.couple(therapist.staffId()).id();
        tables = TableFingerprint.ofModuleSchemasExcept(jdbc, Set.of());
        eventListenersOfEarlierWorkDone();
    }

    /**
     * Listeners run after commit, in the background: those of earlier tests' bookings (the outbox plans
     * messages for each) may still be finishing, and each one that does takes its publication out of
     * the table the fingerprint counts. Waits until the count has held still for a fifth of a second.
     */
    private void eventListenersOfEarlierWorkDone() {
        long[] last = {-1};
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).pollDelay(java.time.Duration.ZERO)
                    .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                        long now = jdbc.queryForObject("select count(*) from public.event_publication", Long.class);
                        boolean still = now == last[0];
                        last[0] = now;
                        return still;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException stillBusy) {
            // the fingerprint then names the table, as before
        }
    }

    @Test
    void aRoomIsNotRenamedForACallerWhoOnlyAcceptsXml() throws Exception {
        MockHttpServletResponse response = mvc.perform(put("/api/rooms/" + room.id()).with(as("admin"))
                .accept(MediaType.APPLICATION_XML).contentType(MediaType.APPLICATION_JSON)
                .content("{\"locationId\":\"" + room.locationId() + "\",\"name\":\"Renamed by XML\",\"capacity\":4}"))
                .andReturn().getResponse();

        assertNotAcceptable(response);
        String readBack = mvc.perform(get("/api/rooms/" + room.id()).with(as("admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(readBack).contains(room.name()).doesNotContain("Renamed by XML");
    }

    @Test
    void noLocationIsCreatedForACallerWhoOnlyAcceptsHtml() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/locations").with(as("admin"))
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Made for HTML " + UUID.randomUUID() + "\",\"address\":\"1 Lost Answer Road\"}"))
                .andReturn().getResponse();

        assertNotAcceptable(response);
        assertThat(mvc.perform(get("/api/locations").with(as("admin"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Made for HTML");
    }

    @Test
    void noStaffMemberNorAccountIsCreatedWhenTheOneTimePasswordCouldNotBeShown() throws Exception {
        String username = "xml" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse response = mvc.perform(post("/api/staff").with(as("admin"))
                .accept(MediaType.APPLICATION_XML).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"firstName":"Lost","lastName":"Answer","email":"%s@example.org","roles":["FRONT_DESK"],
                         "username":"%s"}""".formatted(username, username)))
                .andReturn().getResponse();

        assertNotAcceptable(response);
        assertThat(mvc.perform(get("/api/staff").param("search", "Answer").with(as("admin"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Lost");
        assertThat(jdbc.queryForObject("select count(*) from security.user_account where username = ?", Integer.class,
                username)).isZero();
    }

    @Test
    void aRebuildOfTheReportsDoesNotStartForACallerWhoOnlyAcceptsXml() throws Exception {
        int auditEntries = auditEntries();
        long started = System.nanoTime();
        MockHttpServletResponse response = mvc.perform(post("/api/reports/rebuild").with(as("admin"))
                .accept(MediaType.APPLICATION_XML)).andReturn().getResponse();

        assertNotAcceptable(response);
        assertThat(auditEntries()).as("audit entries: the rebuild, which is audited, never ran").isEqualTo(auditEntries);
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(2_000);
    }

    @Test
    void theExportsStillAnswerInTheirOwnFormatAndRefuseOthers() throws Exception {
        assertThat(mvc.perform(get("/api/reports/outcomes.csv").with(as("admin")).accept("text/csv"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/reports/outcomes.pdf").with(as("admin")).accept(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/audit.csv").with(as("admin")).accept("text/csv"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/therapists/" + therapist.staffId() + "/calendar.ics").with(as("admin"))
                .accept("text/calendar")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertNotAcceptable(mvc.perform(get("/api/reports/outcomes.csv").with(as("admin"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse());
        assertNotAcceptable(mvc.perform(get("/api/audit.csv").with(as("admin")).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse());
    }

    @Test
    void anExportRefusingItsInputStillAnswersWithAProblemDetail() throws Exception {
        for (String path : List.of("/api/audit.csv", "/api/reports/outcomes.csv")) {
            MockHttpServletResponse response = mvc.perform(get(path).param("from", "not-a-date").with(as("admin"))
                    .accept("text/csv")).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(400);
            assertThat(response.getContentType()).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getContentAsString()).as(path).contains("\"from\"");
        }
    }

    @Test
    void theUsualAcceptHeadersStillWork() throws Exception {
        for (String accept : List.of("application/json", "*/*", "application/*", "application/problem+json, */*;q=0.1",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            assertThat(mvc.perform(get("/api/rooms/" + room.id()).with(as("admin")).header(HttpHeaders.ACCEPT, accept))
                    .andReturn().getResponse().getStatus()).as(accept).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/api/rooms/" + room.id()).with(as("admin"))).andReturn().getResponse().getStatus())
                .as("no Accept header").isEqualTo(200);
    }

    @Test
    void anUnknownApiPathIsStillA404AndAWrongMethodA405() throws Exception {
        MockHttpServletResponse unknown = mvc.perform(get("/api/no-such-thing").with(as("admin"))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MockHttpServletResponse wrongMethod = mvc.perform(request(HttpMethod.PATCH, "/api/rooms/" + room.id())
                .with(as("admin"))).andReturn().getResponse();
        assertThat(wrongMethod.getStatus()).isEqualTo(405);
        assertThat(wrongMethod.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    /**
     * Every write the API serves (found from Spring MVC's mappings, so later ones are covered), with
     * each unacceptable Accept header, by a caller its access rule lets in, on real records: a 406
     * problem detail, and not a row of any table (audit trail and event publications included) changed.
     */
    @Test
    void everyWriteRefusedForItsAcceptHeaderChangesNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Map<Object, List<Object>> before = tables.take();
        for (Endpoint endpoint : Endpoints.of(context)) {
            if (!WRITES.contains(endpoint.method()) || !endpoint.path().startsWith("/api/")) {
                continue;
            }
            Rule rule = AccessRules.API.get(endpoint.key());
            assertThat(rule).as("access rule for " + endpoint.key()).isNotNull();
            for (String accept : UNACCEPTABLE) {
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()),
                        endpoint.expand(this::idFor)).header(HttpHeaders.ACCEPT, accept).with(as(callerFor(rule)));
                if (endpoint.body() != null) {
                    request.contentType(MediaType.APPLICATION_JSON)
                            .content(JsonShapes.plausible(endpoint.body().getGenericParameterType()));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                sent++;
                if (response.getStatus() != 406 || !String.valueOf(response.getContentType())
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                    failures.add(endpoint.key() + " Accept: " + accept + " answered " + response.getStatus() + " "
                            + response.getContentType());
                }
            }
            // one look at the tables per endpoint, after all its refusals: a change names the endpoint
            Map<Object, List<Object>> after = tables.take();
            if (!after.equals(before)) {
                failures.add(endpoint.key() + " with Accept " + UNACCEPTABLE + " changed "
                        + TableFingerprint.changedTables(before, after));
            }
            before = after;
        }
        assertThat(sent).as("requests sent").isGreaterThan(200);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static void assertNotAcceptable(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(406);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("\"status\":406").contains("Nothing was done");
    }

    private int auditEntries() {
        Integer count = jdbc.queryForObject("select count(*) from audit.audit_entry", Integer.class);
        return count == null ? 0 : count;
    }

    private String idFor(String variable) {
        return switch (variable) {
            case "coupleId" -> coupleId.toString();
            default -> UUID.randomUUID().toString();
        };
    }

    private String callerFor(Rule rule) {
        if (rule.roles().contains(Roles.THERAPIST)) {
            return therapist.username();
        }
        return rule.roles().contains(Roles.FRONT_DESK) ? "frontdesk" : rule.roles().contains(Roles.ADMIN) ? "admin" : "supervisor";
    }

    private RequestPostProcessor as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
