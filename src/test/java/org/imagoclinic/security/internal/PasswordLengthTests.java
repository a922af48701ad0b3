package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.imagoclinic.security.Roles;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * BCrypt looks at a password's first 72 bytes only: a longer one is refused in plain words (400) on
 * every path that checks or sets one, never a 500, and never let in on its first 72 bytes (ADR 0030).
 */
@ClinicIntegrationTest
class PasswordLengthTests {

    /** 72 bytes exactly: the longest password BCrypt checks whole. */
    private static final String SEVENTY_TWO = "correct-horse-battery-staple-".repeat(2) + "0123456789abcd";
    private static final String MESSAGE_START = "A password can be at most 72 bytes long";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    SignInLockout lockout;
    @Autowired
    Clock clock;

    @Test
    void aPasswordOfSeventyTwoBytesSignsInButOneByteMoreIsA400NotALetInOnItsFirst72Bytes() throws Exception {
        assertThat(SEVENTY_TWO.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String username = TestAccounts.create(context, "longpass", "Lon Gpass", SEVENTY_TWO, false, Roles.FRONT_DESK);

        mvc.perform(get("/api/me").with(httpBasic(username, SEVENTY_TWO))).andExpect(status().isOk());
        // before, BCrypt compared the first 72 bytes only, and this signed in
        mvc.perform(get("/api/me").with(httpBasic(username, SEVENTY_TWO + "!")))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.detail", startsWith(MESSAGE_START)))
                .andExpect(jsonPath("$.errors.password", startsWith(MESSAGE_START)));
    }

    @Test
    void tooLongPasswordsAreNotCountedTowardsALockOut() throws Exception {
        String username = TestAccounts.create(context, "patient", "Pat Ient", SEVENTY_TWO, false, Roles.FRONT_DESK);
        for (int attempt = 0; attempt < 8; attempt++) {
            mvc.perform(get("/api/me").with(httpBasic(username, "é".repeat(37)))).andExpect(status().isBadRequest());
        }

        assertThat(lockout.lockedUntil(username, clock.instant())).isEmpty();
        mvc.perform(get("/api/me").with(httpBasic(username, SEVENTY_TWO))).andExpect(status().isOk());
    }

    @Test
    void aTokenAskedForWithATooLongPasswordIsA400() throws Exception {
        String username = TestAccounts.create(context, "tokenlong", "Tok Enlong", SEVENTY_TWO, false, Roles.THERAPIST);

        mvc.perform(post("/api/tokens").with(httpBasic(username, SEVENTY_TWO + "?")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password", startsWith(MESSAGE_START)));
        mvc.perform(post("/api/tokens").with(httpBasic(username, SEVENTY_TWO))).andExpect(status().isCreated());
    }

    @Test
    void theSignInFormSaysWhyAndCountsNothing() throws Exception {
        String username = TestAccounts.create(context, "formlong", "For Mlong", SEVENTY_TWO, false, Roles.ADMIN);

        MvcResult result = mvc.perform(formLogin("/login").user(username).password(SEVENTY_TWO + SEVENTY_TWO))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(PasswordTooLongException.class);
        assertThat(lockout.lockedUntil(username, clock.instant())).isEmpty();
    }

    @Test
    void changingToOrFromATooLongPasswordIsA400NamingTheFieldAndChangesNothing() throws Exception {
        String username = TestAccounts.create(context, "changer", "Cha Nger", SEVENTY_TWO, false, Roles.THERAPIST);

        // 37 characters, 74 bytes: too long although it looks short
        mvc.perform(put("/api/me/password").with(httpBasic(username, SEVENTY_TWO)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + SEVENTY_TWO + "\",\"newPassword\":\"" + "é".repeat(37) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword", startsWith(MESSAGE_START)));
        mvc.perform(put("/api/me/password").with(httpBasic(username, SEVENTY_TWO)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + SEVENTY_TWO + "x\",\"newPassword\":\"a-fine-new-passphrase\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.currentPassword", startsWith(MESSAGE_START)));

        mvc.perform(get("/api/me").with(httpBasic(username, SEVENTY_TWO))).andExpect(status().isOk());
    }

    @Test
    void thePolicyRefusesANewPasswordBcryptCannotHashWhole() {
        assertThat(PasswordPolicy.problemWith("x".repeat(73), "someone", null)).hasValueSatisfying(
                message -> assertThat(message).startsWith(MESSAGE_START));
        assertThat(PasswordPolicy.problemWith("x".repeat(72), "someone", null)).isEmpty();
    }
}
