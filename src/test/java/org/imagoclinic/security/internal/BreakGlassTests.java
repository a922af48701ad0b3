package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Break-glass over the API (ADR 0037): at most three grants per person and clinic day, a fourth
 * refused with a problem detail and audited; every grant waits in a review queue until a supervisor
 * or an administrator other than its holder acknowledges it.
 */
@ClinicIntegrationTest
class BreakGlassTests {

    private static final String WHY = "{\"category\": \"CLIENT_AT_RISK\", \"reason\": \"Partner called in crisis, therapist away\"}";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFourthGrantInOneClinicDayIsRefusedAuditedAndOpensNothing() throws Exception {
        TestStaff covering = TestAccounts.staff(context, "glass", Roles.THERAPIST);
        TestStaff colleague = TestAccounts.staff(context, "glassmate", Roles.THERAPIST);
        List<UUID> couples = couplesOfAnotherTeam(2);

        for (int grant = 0; grant < 3; grant++) {
            call(post("/api/couples/" + couples.getFirst() + "/break-glass"), covering, WHY)
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.category").value("CLIENT_AT_RISK"));
        }
        UUID fourth = couples.getLast();
        call(post("/api/couples/" + fourth + "/break-glass"), covering, WHY)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("3 times today")));

        assertThat(grantsOf(covering)).isEqualTo(3);
        call(get("/api/couples/" + fourth + "/intake"), covering, null).andExpect(status().isForbidden());
        assertThat(entries(covering.username(), fourth)).extracting(AuditLogEntry::action, AuditLogEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.BREAK_GLASS, AuditOutcome.DENIED));
        // the limit is one person's: a colleague on the same day is not held back by it
        call(post("/api/couples/" + fourth + "/break-glass"), colleague, WHY).andExpect(status().isCreated());

        TestClinicClock.advance(Duration.ofDays(1));
        call(post("/api/couples/" + fourth + "/break-glass"), covering, WHY).andExpect(status().isCreated());
    }

    @Test
    void requestsSentAtOnceStillOpenAtMostThreeGrants() throws Exception {
        TestStaff covering = TestAccounts.staff(context, "rush", Roles.THERAPIST);
        UUID couple = couplesOfAnotherTeam(1).getFirst();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int request = 0; request < 6; request++) {
                answers.add(pool.submit(() -> call(post("/api/couples/" + couple + "/break-glass"), covering, WHY)
                        .andReturn().getResponse().getStatus()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(code -> code == 201).hasSize(3);
            assertThat(statuses).filteredOn(code -> code == 422).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(grantsOf(covering)).isEqualTo(3);
    }

    @Test
    void everyGrantWaitsForReviewUntilAnotherSupervisorOrAnAdministratorAcknowledgesIt() throws Exception {
        TestStaff supervisor = TestAccounts.staff(context, "glasssup", Roles.SUPERVISOR, Roles.THERAPIST);
        TestStaff admin = TestAccounts.staff(context, "glassadm", Roles.ADMIN);
        UUID couple = couplesOfAnotherTeam(1).getFirst();
        String grant = com.jayway.jsonpath.JsonPath.read(call(post("/api/couples/" + couple + "/break-glass"),
                supervisor, WHY).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        call(get("/api/break-glass/review-queue"), admin, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + grant + "')].reason").value("Partner called in crisis, therapist away"))
                .andExpect(jsonPath("$[?(@.id == '" + grant + "')].acknowledgedAt").value(org.hamcrest.Matchers.contains((Object) null)));
        call(post("/api/break-glass/" + grant + "/acknowledgement"), supervisor, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("can't review your own")));

        call(post("/api/break-glass/" + grant + "/acknowledgement"), admin, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy").value(admin.username()));
        call(get("/api/break-glass/review-queue"), admin, null)
                .andExpect(jsonPath("$[?(@.id == '" + grant + "')]").isEmpty());
        call(post("/api/break-glass/" + grant + "/acknowledgement"), admin, null).andExpect(status().isConflict());
        call(post("/api/break-glass/" + UUID.randomUUID() + "/acknowledgement"), admin, null).andExpect(status().isNotFound());
        assertThat(entries(admin.username(), couple)).extracting(AuditLogEntry::reason)
                .contains("break-glass access by " + supervisor.username() + " reviewed");
    }

    @Test
    void aSupervisorReviewsTheGrantsOfTheirOwnSuperviseesOnly() throws Exception {
        TestStaff supervisor = TestAccounts.staff(context, "teamsup", Roles.SUPERVISOR, Roles.THERAPIST);
        TestStaff supervisee = TestAccounts.supervisee(context, "teamee", supervisor.staffId());
        TestStaff outsider = TestAccounts.staff(context, "teamout", Roles.THERAPIST);
        TestStaff admin = TestAccounts.staff(context, "teamadm", Roles.ADMIN);
        UUID couple = couplesOfAnotherTeam(1).getFirst();
        String ours = grantOf(supervisee, couple);
        String theirs = grantOf(outsider, couple);

        call(get("/api/break-glass/review-queue"), supervisor, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + ours + "')]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.id == '" + theirs + "')]").isEmpty());
        call(post("/api/break-glass/" + theirs + "/acknowledgement"), supervisor, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("someone you don't supervise")));
        assertThat(jdbc.queryForObject("select acknowledged_at is null from security.break_glass_grant where id = ?::uuid",
                Boolean.class, theirs)).isTrue();
        call(post("/api/break-glass/" + ours + "/acknowledgement"), supervisor, null).andExpect(status().isOk());
        call(get("/api/break-glass/review-queue"), admin, null)
                .andExpect(jsonPath("$[?(@.id == '" + theirs + "')]").isNotEmpty());
        call(post("/api/break-glass/" + theirs + "/acknowledgement"), admin, null).andExpect(status().isOk());
    }

    private String grantOf(TestStaff clinician, UUID couple) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(call(post("/api/couples/" + couple + "/break-glass"), clinician, WHY)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private List<UUID> couplesOfAnotherTeam(int count) {
        UUID elsewhere = TestAccounts.staff(context, "glassown", Roles.THERAPIST).staffId();
        List<UUID> couples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            couples.add(TestCouples.unscreenedCaredForBy(context, elsewhere).id());
        }
        return couples;
    }

    private int grantsOf(TestStaff staff) {
        Integer count = jdbc.queryForObject("select count(*) from security.break_glass_grant where staff_id = ?",
                Integer.class, staff.staffId());
        return count == null ? 0 : count;
    }

    private List<AuditLogEntry> entries(String username, UUID couple) {
        TestAccounts.signIn(context, "admin");
        try {
            return auditLog.find(new AuditQuery(username, null, couple, null, null, null), 0, 100);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ResultActions call(MockHttpServletRequestBuilder request, TestStaff who, @Nullable String body) throws Exception {
        UserDetails user = users.loadUserByUsername(who.username());
        request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
