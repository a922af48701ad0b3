package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.access.AccessRules;
import org.imagoclinic.access.Rule;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.Endpoints;
import org.imagoclinic.support.Endpoints.Endpoint;
import org.imagoclinic.support.JsonShapes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Hostile input against every REST endpoint Spring MVC serves (endpoints added later are covered
 * without a change here): for each JSON body, bodies of the wrong shape and, field by field, wrong
 * types, nulls, huge and strange strings, SQL and markup, far dates and negative durations; for
 * each query parameter, values of the wrong form. Sent by a caller the endpoint's access rule lets
 * in, on real records. Never a 5xx; every refusal is a problem detail; a refusal writes nothing.
 * The seed is printed with each failure so that it can be replayed.
 */
@ClinicIntegrationTest
class HostileInputTests {

    static final long SEED = Long.getLong("hostile.seed", 20261126L);
    static final int FIELD_CASES_PER_ENDPOINT = Integer.getInteger("hostile.cases", 12);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    TestStaff therapist;
    Couple couple;
    Appointment appointment;
    UUID roomId;
    UUID waitlistEntryId;
    UUID episodeId;
    UUID staffMemberId;
    TableFingerprint tables;
    int leftOutstandingByOthers;
    /** The few callers, each read once rather than once per request. */
    final Map<String, UserDetails> callers = new HashMap<>();

    @BeforeEach
    void realRecordsToAimAt() {
        TestClinic clinic = new TestClinic(context);
        roomId = clinic.room().id();
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId());
        episodeId = couple.episodes().getFirst().id();
        LocalDateTime start = TestClinic.mondayIn(6).atTime(11, 0);
        appointment = clinic.as("frontdesk", () -> context.getBean(Bookings.class)
                .book(BookingRequest.joint(couple.id(), therapist.staffId(), roomId, start)).first());
        waitlistEntryId = clinic.as("frontdesk", () -> context.getBean(Waitlist.class)
                .add(new NewWaitlistEntry(couple.id(), therapist.staffId(), null, null, null, null, "hostile"))).id();
        staffMemberId = TestAccounts.staff(context, "hostile", Roles.FRONT_DESK).staffId();
        // the audit trail records refused attempts on purpose
        tables = TableFingerprint.ofModuleSchemasExcept(jdbc, Set.of("audit"));
        leftOutstandingByOthers = outstandingPublications();
    }

    /** The sweep may send {@code true} to the clinic's booking rules: the tests after it book with the defaults. */
    @AfterEach
    void theClinicsSettingsAsTheyWere() {
        org.imagoclinic.support.ClinicDefaults.restore(context);
    }

    @Test
    void noEndpointAnswersHostileInputWithAServerErrorOrAHalfWrittenRecord() throws Exception {
        List<String> failures = new ArrayList<>();
        HostileValues hostile = new HostileValues(SEED);
        int sent = 0;
        for (Endpoint endpoint : Endpoints.of(context)) {
            Rule rule = AccessRules.API.get(endpoint.key());
            assertThat(rule).as("access rule for " + endpoint.key() + " (AccessRules)").isNotNull();
            List<Attempt> attempts = new ArrayList<>();
            MethodParameter body = endpoint.body();
            if (body != null) {
                for (String wrongBody : HostileValues.wrongBodies()) {
                    attempts.add(new Attempt(wrongBody, Map.of()));
                }
                List<String> leaves = JsonShapes.leaves(body.getGenericParameterType());
                for (int i = 0; i < FIELD_CASES_PER_ENDPOINT && !leaves.isEmpty(); i++) {
                    String target = leaves.get(hostile.pick(leaves.size()));
                    String value = hostile.next();
                    attempts.add(new Attempt(JsonShapes.build(body.getGenericParameterType(), "",
                            (path, plausible) -> path.equals(target) ? value : plausible), Map.of()));
                }
            }
            for (String parameter : queryParameters(endpoint)) {
                for (String value : List.of("not-a-value", "-1", "99999999999999999999", "+999999999-12-31",
                        "' or 1=1 --", "\u0000", "A".repeat(10_000))) {
                    attempts.add(new Attempt(body == null ? null : JsonShapes.plausible(body.getGenericParameterType()),
                            Map.of(parameter, value)));
                }
            }
            sent += sendAll(endpoint, rule, attempts, failures);
        }
        assertThat(sent).as("requests sent").isGreaterThan(500);
        assertThat(failures).as("seed " + SEED + ":\n" + String.join("\n", failures)).isEmpty();
    }

    /** One request of the sweep: a body (or none) and query parameters. */
    private record Attempt(String body, Map<String, String> parameters) {
    }

    /**
     * Sends one endpoint's attempts and compares the tables once, before and after all of them. Only
     * when they changed and some attempt was refused are the attempts sent again one by one, each
     * refusal against the tables as the request before it left them, to name the one that wrote.
     */
    private int sendAll(Endpoint endpoint, Rule rule, List<Attempt> attempts, List<String> failures) throws Exception {
        Map<Object, List<Object>> before = fingerprint();
        boolean refused = false;
        for (Attempt attempt : attempts) {
            MockHttpServletResponse response = answer(endpoint, rule, attempt, failures);
            refused |= response != null && response.getStatus() >= 400 && response.getStatus() < 500;
        }
        if (refused && !fingerprint().equals(before)) {
            for (Attempt attempt : attempts) {
                sendAlone(endpoint, rule, attempt, failures);
            }
        }
        return attempts.size();
    }

    private void sendAlone(Endpoint endpoint, Rule rule, Attempt attempt, List<String> failures) throws Exception {
        Map<Object, List<Object>> before = fingerprint();
        MockHttpServletResponse response = answer(endpoint, rule, attempt, new ArrayList<>());
        if (response != null && response.getStatus() >= 400 && response.getStatus() < 500) {
            Map<Object, List<Object>> after = fingerprint();
            if (!after.equals(before)) {
                failures.add(describe(endpoint, attempt) + " answered " + response.getStatus() + " but changed "
                        + TableFingerprint.changedTables(before, after));
            }
        }
    }

    /** The endpoint's answer, with a failure noted for a 5xx, a throw or a refusal without a problem detail. */
    private MockHttpServletResponse answer(Endpoint endpoint, Rule rule, Attempt attempt, List<String> failures) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), endpoint.expand(variable -> idFor(endpoint, variable)));
        attempt.parameters().forEach(request::param);
        if (attempt.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(attempt.body());
        }
        UserDetails user = callers.computeIfAbsent(callerFor(rule), users::loadUserByUsername);
        request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception unhandled) {
            failures.add(describe(endpoint, attempt) + " threw " + unhandled);
            return null;
        }
        int status = response.getStatus();
        if (status >= 500) {
            failures.add(describe(endpoint, attempt) + " answered " + status + " " + response.getContentAsString());
        } else if (status >= 400
                && !String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            failures.add(describe(endpoint, attempt) + " answered " + status + " without a problem detail: "
                    + response.getContentType());
        }
        return response;
    }

    private Map<Object, List<Object>> fingerprint() throws InterruptedException {
        awaitEventListeners();
        return tables.take();
    }

    /**
     * Listeners run after commit on other threads: a projection still catching up with an earlier
     * request's event is not this request's write. Waits (at most ten seconds) until no more
     * publications are outstanding than other tests left failed before this one began.
     */
    private void awaitEventListeners() throws InterruptedException {
        for (int attempt = 0; attempt < 200 && outstandingPublications() > leftOutstandingByOthers; attempt++) {
            Thread.sleep(50);
        }
    }

    private int outstandingPublications() {
        Integer outstanding = jdbc.queryForObject("select count(*) from public.event_publication "
                + "where completion_date is null", Integer.class);
        return outstanding == null ? 0 : outstanding;
    }

    private static String describe(Endpoint endpoint, Attempt attempt) {
        String body = attempt.body();
        String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
        return endpoint.key() + " " + attempt.parameters().keySet() + " " + shown;
    }

    /** A caller the endpoint lets in: the couple's own therapist where clinicians may, else the first role allowed. */
    private String callerFor(Rule rule) {
        if (rule.roles().contains(Roles.THERAPIST)) {
            return therapist.username();
        }
        return rule.roles().contains(Roles.FRONT_DESK) ? "frontdesk" : rule.roles().contains(Roles.ADMIN) ? "admin" : "supervisor";
    }

    /** Real records where the path names them, so that input is checked past the lookup. */
    private String idFor(Endpoint endpoint, String variable) {
        if (variable.equals("id")) {
            String path = endpoint.path();
            UUID id = path.startsWith("/api/couples/") ? couple.id() : path.startsWith("/api/appointments/") ? appointment.id()
                    : path.startsWith("/api/rooms/") ? roomId : path.startsWith("/api/waitlist/") ? waitlistEntryId
                    : path.startsWith("/api/staff/") ? staffMemberId : path.startsWith("/api/therapists/")
                    ? therapist.staffId() : UUID.randomUUID();
            return id.toString();
        }
        return switch (variable) {
            case "coupleId" -> couple.id().toString();
            case "episodeId" -> episodeId.toString();
            case "secret" -> "no-such-secret-of-twenty-characters";
            default -> UUID.randomUUID().toString();
        };
    }

    private List<String> queryParameters(Endpoint endpoint) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                names.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName());
            }
        }
        return names;
    }
}
