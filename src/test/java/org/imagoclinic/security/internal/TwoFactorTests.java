package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.imagoclinic.security.Roles;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Two-factor sign-in over the API (ADR 0034): codes computed from the enrolled secret at the clinic
 * clock's time, as the person's app would.
 */
@ClinicIntegrationTest
class TwoFactorTests {

    private static final String PASSWORD = "two-factor-password-2026";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** An enrolled person: their user name, their secret and their recovery codes. */
    record Enrolled(String username, byte[] secret, List<String> recoveryCodes) {

        String codeNow() {
            return TotpCodes.codeAt(secret, TotpCodes.stepAt(TestClinicClock.current()));
        }
    }

    @Test
    void anEnrolledPersonGetsATokenOnlyWithPasswordAndCodeAndEachCodeWorksOnce() throws Exception {
        Enrolled person = enrol("totp", Roles.THERAPIST);
        assertThat(person.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        // only hashes are kept, and nothing gives the secret out again
        String stored = jdbc.queryForObject("select string_agg(code_hash, ' ') from security.two_factor_recovery_code r "
                + "join security.user_account a on a.id = r.account_id where a.username = ?", String.class, person.username());
        assertThat(stored).doesNotContain(person.recoveryCodes().getFirst().replace("-", ""));
        // the secret is kept sealed (AES-GCM, ADR 0037): a copy of the database does not give the codes
        byte[] secretAtRest = jdbc.queryForObject("select t.secret from security.two_factor t join security.user_account a "
                + "on a.id = t.account_id where a.username = ?", byte[].class, person.username());
        assertThat(secretAtRest).hasSize(49);
        assertThat(java.util.HexFormat.of().formatHex(secretAtRest)).doesNotContain(java.util.HexFormat.of().formatHex(person.secret()));
        mvc.perform(post("/api/me/two-factor").with(httpBasic(person.username(), PASSWORD)))
                .andExpect(status().isUnauthorized());

        // the password alone opens nothing
        mvc.perform(get("/api/me").with(httpBasic(person.username(), PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("two factors")));
        mvc.perform(post("/api/tokens").with(httpBasic(person.username(), PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString(SecondFactorFilter.CODE_HEADER)));
        // the code that confirmed the enrolment was used: refused within its window
        tokenRequest(person, person.codeNow()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("used already")));

        TestClinicClock.advance(Duration.ofSeconds(30));
        String code = person.codeNow();
        String token = JsonPath.read(tokenRequest(person, code).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.token");
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value(Roles.THERAPIST));
        tokenRequest(person, code).andExpect(status().isUnauthorized());

        // a lost phone: a recovery code signs in, once
        String recovery = person.recoveryCodes().get(3);
        tokenRequest(person, recovery.toLowerCase(java.util.Locale.ROOT)).andExpect(status().isCreated());
        tokenRequest(person, recovery).andExpect(status().isUnauthorized());

        assertThat(reasonsAbout(person.username())).contains("two-factor enrolment started",
                "two-factor sign-in turned on; 10 recovery codes issued", "wrong or used two-factor code",
                "two-factor code accepted", "two-factor: recovery code used, 9 left");
    }

    @Test
    void fiveWrongCodesLockTheUserNameLikeWrongPasswordsAndTypingThePasswordAgainDoesNotForgetThem() throws Exception {
        Enrolled person = enrol("guess", Roles.THERAPIST);
        TestClinicClock.advance(Duration.ofSeconds(30));

        for (int attempt = 1; attempt <= 4; attempt++) {
            tokenRequest(person, "00000" + attempt).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail", containsString("not right")));
        }
        tokenRequest(person, "999999").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("locked until")));
        tokenRequest(person, person.codeNow()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("locked until")));

        assertThat(actionsAbout(person.username())).contains("LOCK_OUT");
    }

    @Test
    void changingThePasswordAsksForACodeAndTurningItOffForThePassword() throws Exception {
        Enrolled person = enrol("change", Roles.SUPERVISOR);
        TestClinicClock.advance(Duration.ofSeconds(30));
        String token = JsonPath.read(tokenRequest(person, person.codeNow()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.token");
        String change = "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a-new-long-passphrase-2027\"%s}";

        mvc.perform(put("/api/me/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted("")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code", containsString("code your app shows now")));
        TestClinicClock.advance(Duration.ofSeconds(30));
        mvc.perform(put("/api/me/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted(",\"code\":\"" + person.codeNow() + "\"")))
                .andExpect(status().isNoContent());

        mvc.perform(delete("/api/me/two-factor").with(httpBasic(person.username(), "a-new-long-passphrase-2027"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a-new-long-passphrase-2027\"}"))
                .andExpect(status().isUnauthorized());
        String newToken = JsonPath.read(tokenRequest(person, "a-new-long-passphrase-2027", person.recoveryCodes().getFirst())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
        mvc.perform(delete("/api/me/two-factor").header("Authorization", "Bearer " + newToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"not-my-password\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/me/two-factor").header("Authorization", "Bearer " + newToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a-new-long-passphrase-2027\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me").with(httpBasic(person.username(), "a-new-long-passphrase-2027"))).andExpect(status().isOk());
        assertThat(reasonsAbout(person.username())).contains("two-factor sign-in turned off by its owner",
                "turning two-factor sign-in off refused: wrong code or password");
    }

    @Test
    void anAdministratorsRequirementSendsThePersonToEnrolBeforeAnythingElse() throws Exception {
        String username = TestAccounts.createForLoad(context, "must", PASSWORD, Roles.FRONT_DESK);
        String accountId = jdbc.queryForObject("select id::text from security.user_account where username = ?",
                String.class, username);

        mvc.perform(put("/api/accounts/" + accountId + "/two-factor/required").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"required\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/accounts/" + accountId + "/two-factor/required").with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"required\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.required").value(true))
                .andExpect(jsonPath("$.enrolled").value(false));

        mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("requires two-factor sign-in")));
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").isEmpty());
        Enrolled person = confirm(username);
        mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized());
        TestClinicClock.advance(Duration.ofSeconds(30));
        tokenRequest(person, person.codeNow()).andExpect(status().isCreated());
        assertThat(jdbc.queryForList("select reason from audit.audit_entry where subject_id = ? and action = 'PERMISSION_CHANGE'",
                String.class, accountId)).containsExactly("two-factor sign-in required");
    }

    @Test
    void aRoleRequirementCoversEveryoneHoldingTheRole() throws Exception {
        String username = TestAccounts.createForLoad(context, "role", PASSWORD, Roles.SUPERVISOR, Roles.THERAPIST);
        String admin = ClinicIntegrationTest.DEMO_PASSWORD;
        try {
            mvc.perform(put("/api/two-factor/required-roles").with(httpBasic("admin", admin))
                            .contentType(MediaType.APPLICATION_JSON).content("[\"SUPERVISOR\"]"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0]").value(Roles.SUPERVISOR));
            mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD)))
                    .andExpect(status().isForbidden());
        } finally {
            mvc.perform(put("/api/two-factor/required-roles").with(httpBasic("admin", admin))
                    .contentType(MediaType.APPLICATION_JSON).content("[]")).andExpect(status().isOk());
        }
        mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD))).andExpect(status().isCreated());
        assertThat(reasonsAbout("admin")).contains("two-factor sign-in required for roles [SUPERVISOR] (before: [])");
    }

    @Test
    void aSecretStoredBeforeSecretsWereSealedIsSealedAtStartAndStillGivesTheSameCodes() throws Exception {
        Enrolled person = enrol("plain", Roles.THERAPIST);
        jdbc.update("update security.two_factor t set secret = ? from security.user_account a "
                + "where a.id = t.account_id and a.username = ?", person.secret(), person.username());

        assertThat(context.getBean(TwoFactorStore.class).sealPlainSecrets()).isEqualTo(1);

        assertThat(jdbc.queryForObject("select length(t.secret) from security.two_factor t join security.user_account a "
                + "on a.id = t.account_id where a.username = ?", Integer.class, person.username())).isEqualTo(49);
        TestClinicClock.advance(java.time.Duration.ofSeconds(30));
        tokenRequest(person, person.codeNow()).andExpect(status().isCreated());
    }

    private Enrolled enrol(String prefix, String role) throws Exception {
        // a password quick to check: these tests sign in with HTTP Basic dozens of times
        return confirm(TestAccounts.createForLoad(context, prefix, PASSWORD, role));
    }

    private Enrolled confirm(String username) throws Exception {
        String started = mvc.perform(post("/api/me/two-factor").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.otpauthUri", containsString("otpauth://totp/Imago%20Clinic:" + username)))
                .andReturn().getResponse().getContentAsString();
        byte[] secret = new Base32().decode((String) JsonPath.read(started, "$.secret"));
        String code = TotpCodes.codeAt(secret, TotpCodes.stepAt(TestClinicClock.current()));
        mvc.perform(post("/api/me/two-factor/confirm").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"000000\"}"))
                .andExpect(status().isBadRequest());
        String confirmed = mvc.perform(post("/api/me/two-factor/confirm").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return new Enrolled(username, secret, JsonPath.read(confirmed, "$.recoveryCodes"));
    }

    private ResultActions tokenRequest(Enrolled person, String code) throws Exception {
        return tokenRequest(person, PASSWORD, code);
    }

    private ResultActions tokenRequest(Enrolled person, String password, String code) throws Exception {
        return mvc.perform(post("/api/tokens").with(httpBasic(person.username(), password))
                .header(SecondFactorFilter.CODE_HEADER, code));
    }

    private List<String> reasonsAbout(String username) {
        return jdbc.queryForList("select coalesce(reason, '') from audit.audit_entry where username = ? order by id",
                String.class, username);
    }

    private List<String> actionsAbout(String username) {
        return jdbc.queryForList("select action from audit.audit_entry where username = ? order by id", String.class,
                username);
    }
}
