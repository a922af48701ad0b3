package org.imagoclinic.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who gets in where, as a browser or an API client would see it. */
@ClinicIntegrationTest
class SecurityTests {

    private static final String PASSWORD = ClinicIntegrationTest.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void theApiWithoutCredentialsAnswers401AsAProblemDetail() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail", containsString("Sign in")))
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    void aWrongPasswordIsRefusedLikeNoPassword() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("therapist", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aSignedInUserLearnsWhoTheyAre() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Dr Helen Okafor"))
                .andExpect(jsonPath("$.roles", hasItem(Roles.SUPERVISOR)));
    }

    @Test
    void theWrongRoleIsRefusedWith403AsAProblemDetail() throws Exception {
        mvc.perform(get("/api/accounts").with(httpBasic("frontdesk", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anAdministratorListsAccountsWithoutPasswordHashes() throws Exception {
        mvc.perform(get("/api/accounts").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("therapist")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("password_hash"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("{bcrypt}"))));
    }

    @Test
    void anUnknownApiPathIsA404ProblemDetail() throws Exception {
        mvc.perform(get("/api/no-such-thing").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void responsesCarryHeadersThatKeepThePageOutOfFramesAndSniffing() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }

    @Test
    void aOneTimePasswordOpensNothingInTheApiButWhoAmI() throws Exception {
        String username = TestAccounts.create(context, "fresh", "Fran Fresh", "one-time-Pa55word", true, Roles.ADMIN);

        mvc.perform(get("/api/me").with(httpBasic(username, "one-time-Pa55word"))).andExpect(status().isOk());
        mvc.perform(get("/api/accounts").with(httpBasic(username, "one-time-Pa55word")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Choose your own password first")));

        mvc.perform(put("/api/me/password").with(httpBasic(username, "one-time-Pa55word"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"one-time-Pa55word\", \"newPassword\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword").value("Use at least 12 characters."));
        mvc.perform(put("/api/me/password").with(httpBasic(username, "one-time-Pa55word"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"one-time-Pa55word\", \"newPassword\": \"a-passphrase-of-my-own\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/accounts").with(httpBasic(username, "a-passphrase-of-my-own")))
                .andExpect(status().isOk());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/me']").exists())
                .andExpect(jsonPath("$.paths['/api/accounts']").exists());
    }
}
