package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.security.Roles;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** An API client trades its password for a short-lived bearer token once, then calls the API with the token (ADR 0019). */
@ClinicIntegrationTest
class ApiTokenTests {

    private static final String PASSWORD = "token-password-2026";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditLog auditLog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTokenFromThePasswordOpensTheApiWithTheAccountsRolesForEightHours() throws Exception {
        String username = TestAccounts.create(context, "tok", "Toby Token", PASSWORD, false, Roles.FRONT_DESK);
        Instant before = TestClinicClock.current();

        String answer = mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(answer, "$.token");
        Instant expires = Instant.parse(JsonPath.read(answer, "$.expiresAt"));

        assertThat(token).startsWith("imago_").hasSizeGreaterThan(40);
        assertThat(Duration.between(before, expires)).isBetween(Duration.ofHours(8).minusMinutes(1), Duration.ofHours(8).plusMinutes(1));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        // the token carries the account's roles, no more: the front desk may not read the audit trail
        mvc.perform(get("/api/audit").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        // only a hash is kept
        List<String> stored = jdbc.queryForList("select t::text from security.api_token t "
                + "join security.user_account a on a.id = t.account_id where a.username = ?", String.class, username);
        assertThat(stored).hasSize(1).noneMatch(row -> row.contains(token.substring(6)));
        assertThat(jdbc.queryForObject("select count(*) from security.api_token where token_hash = ?", Integer.class,
                (Object) ApiTokens.sha256(token))).isEqualTo(1);
        assertThat(actionsOf(username)).contains(AuditAction.SIGN_IN);
    }

    @Test
    void aTokenCannotMintATokenOnlyThePasswordCan() throws Exception {
        String username = TestAccounts.create(context, "mint", "Minnie Mint", PASSWORD, false, Roles.THERAPIST);
        String token = JsonPath.read(mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");

        mvc.perform(post("/api/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("user name and password")));

        assertThat(jdbc.queryForObject("select count(*) from security.api_token t join security.user_account a "
                + "on a.id = t.account_id where a.username = ?", Integer.class, username)).isEqualTo(1);
        assertThat(actionsOf(username)).contains(AuditAction.SIGN_IN_FAILURE);
        // the token itself still works, and the password still gets a second one
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD))).andExpect(status().isCreated());
    }

    @Test
    void anUnknownOrExpiredTokenIsAClear401AndIsAudited() throws Exception {
        AuditQuery refusedTokens = new AuditQuery("API token", null, null, AuditAction.SIGN_IN_FAILURE, null, null);
        int refusedBefore = auditCount(refusedTokens);
        mvc.perform(get("/api/me").header("Authorization", "Bearer imago_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("unknown, expired or revoked")));

        String username = TestAccounts.create(context, "tok", "Ex Pired", PASSWORD, false, Roles.THERAPIST);
        String token = tokenFor(username);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(TestClinicClock.clinic());
        jdbc.update("update security.api_token set created_at = ?, expires_at = ? "
                + "where account_id = (select id from security.user_account where username = ?)",
                now.minusHours(9), now.minusHours(1), username);

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("POST /api/tokens")));
        assertThat(auditCount(refusedTokens)).isEqualTo(refusedBefore + 2);
        TestAccounts.signIn(context, "admin");
        assertThat(auditLog.find(refusedTokens, 0, 2)).allSatisfy(entry ->
                assertThat(entry.subjectType()).isEqualTo("ApiToken"));
    }

    private int auditCount(AuditQuery query) {
        TestAccounts.signIn(context, "admin");
        try {
            return auditLog.count(query);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aRevokedTokenOpensNothingMoreAndOthersStillWork() throws Exception {
        String username = TestAccounts.create(context, "tok", "Rev Oked", PASSWORD, false, Roles.SUPERVISOR);
        String revoked = tokenFor(username);
        String other = tokenFor(username);

        mvc.perform(delete("/api/tokens/current").header("Authorization", "Bearer " + revoked)).andExpect(status().isNoContent());

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + revoked)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + other)).andExpect(status().isOk());
        mvc.perform(delete("/api/tokens/current").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.Authorization", containsString("not made with a token")));
    }

    @Test
    void aNewPasswordOrADeactivatedAccountEndsEveryTokenIssuedBefore() throws Exception {
        String changing = TestAccounts.create(context, "tok", "Pass Changer", PASSWORD, false, Roles.THERAPIST);
        String beforeChange = tokenFor(changing);
        Account changer = accounts.findByUsername(changing).orElseThrow().account();
        accounts.changePassword(changer.id(), passwordEncoder.encode("another-password-2026"), false);

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + beforeChange)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + tokenFor(changing, "another-password-2026")))
                .andExpect(status().isOk());

        String leaving = TestAccounts.create(context, "tok", "Lea Ving", PASSWORD, false, Roles.FRONT_DESK);
        String ofLeaver = tokenFor(leaving);
        accounts.setEnabled(accounts.findByUsername(leaving).orElseThrow().account().id(), false);

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + ofLeaver)).andExpect(status().isUnauthorized());
    }

    @Test
    void aOneTimePasswordGetsNoTokenUntilItIsChanged() throws Exception {
        String username = TestAccounts.create(context, "tok", "New Starter", PASSWORD, true, Roles.FRONT_DESK);

        mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("Choose your own password")));
    }

    private String tokenFor(String username) throws Exception {
        return tokenFor(username, PASSWORD);
    }

    @Test
    void nobodyEndsAnotherUsersTokenByItsIdAndTheOwnersEndingIsAudited() throws Exception {
        String owner = TestAccounts.create(context, "tok", "Owen Owner", PASSWORD, false, Roles.THERAPIST);
        String intruder = TestAccounts.create(context, "tok", "Ivy Intruder", PASSWORD, false, Roles.ADMIN);
        String token = tokenFor(owner, PASSWORD);
        ApiTokens tokens = context.getBean(ApiTokens.class);
        TestAccounts.signIn(context, owner);
        var ownersToken = tokens.ownLiveTokens().getFirst();

        TestAccounts.signIn(context, intruder);
        assertThat(tokens.ownLiveTokens()).isEmpty();
        assertThat(tokens.endOwnToken(ownersToken.id())).isFalse();
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        TestAccounts.signIn(context, owner);
        assertThat(tokens.endOwnToken(ownersToken.id())).isTrue();
        assertThat(tokens.endOwnToken(ownersToken.id())).as("already ended").isFalse();
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(actionsOf(owner)).contains(AuditAction.SIGN_OUT);
    }

    private String tokenFor(String username, String password) throws Exception {
        String answer = mvc.perform(post("/api/tokens").with(httpBasic(username, password)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.token");
    }

    private List<AuditAction> actionsOf(String username) {
        TestAccounts.signIn(context, "admin");
        return auditLog.find(new AuditQuery(username, null, null, null, null, null), 0, 200).stream()
                .filter(entry -> username.equals(entry.username()))
                .map(AuditLogEntry::action).toList();
    }
}
