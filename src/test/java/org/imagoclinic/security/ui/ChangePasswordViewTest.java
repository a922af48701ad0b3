package org.imagoclinic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicIntegrationTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    private static final String ONE_TIME = "one-time-Pa55word";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void someoneWithAOneTimePasswordMustChooseTheirOwnBeforeAnythingElse() {
        String username = TestAccounts.create(context, "newcomer", "Nia Newcomer", ONE_TIME, true, Roles.THERAPIST);
        TestAccounts.signIn(context, username);

        navigate("", ChangePasswordView.class);

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void aTooShortPasswordIsExplainedNextToTheFieldAndNothingIsLost() {
        String username = TestAccounts.create(context, "shorty", "Sam Shorty", ONE_TIME, true, Roles.FRONT_DESK);
        TestAccounts.signIn(context, username);
        navigate(ChangePasswordView.class);

        fill(ONE_TIME, "too-short", "too-short");
        test($(Button.class).withText("Change password").single()).click();

        PasswordField fresh = field("New password");
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(fresh.getValue()).isEqualTo("too-short");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void aPasswordLongerThanBcryptCanCheckIsExplainedNextToTheFieldInsteadOfAnError() throws Exception {
        String username = TestAccounts.create(context, "verbose", "Val Verbose", ONE_TIME, false, Roles.FRONT_DESK);
        TestAccounts.signIn(context, username);
        navigate(ChangePasswordView.class);
        String seventyThreeBytes = "a-long-passphrase-".repeat(4) + "x";

        fill(ONE_TIME, seventyThreeBytes, seventyThreeBytes);
        test($(Button.class).withText("Change password").single()).click();

        assertThat(field("New password").getErrorMessage()).startsWith("A password can be at most 72 bytes long");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        mvc.perform(get("/api/me").with(httpBasic(username, ONE_TIME))).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        String username = TestAccounts.create(context, "forgetful", "Fay Forgetful", ONE_TIME, false, Roles.ADMIN);
        TestAccounts.signIn(context, username);
        navigate(ChangePasswordView.class);

        fill("not-my-password", "a-much-better-passphrase", "a-much-better-passphrase");
        test($(Button.class).withText("Change password").single()).click();

        assertThat(field("Current password").getErrorMessage()).isEqualTo("That is not your current password.");
    }

    @Test
    void twoDifferentNewPasswordsAreCaughtBeforeSaving() {
        String username = TestAccounts.create(context, "typo", "Tia Typo", ONE_TIME, false, Roles.ADMIN);
        TestAccounts.signIn(context, username);
        navigate(ChangePasswordView.class);

        fill(ONE_TIME, "a-much-better-passphrase", "a-much-better-passphrasf");
        test($(Button.class).withText("Change password").single()).click();

        assertThat(field("New password again").getErrorMessage()).isEqualTo("The two new passwords are not the same.");
    }

    @Test
    void aGoodPasswordIsSavedAndTheUserGoesHome() throws Exception {
        String username = TestAccounts.create(context, "keen", "Kit Keen", ONE_TIME, true, Roles.THERAPIST);
        TestAccounts.signIn(context, username);
        navigate(ChangePasswordView.class);

        fill(ONE_TIME, "a-much-better-passphrase", "a-much-better-passphrase");
        test($(Button.class).withText("Change password").single()).click();

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        mvc.perform(get("/api/me").with(httpBasic(username, "a-much-better-passphrase"))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(username, ONE_TIME))).andExpect(status().isUnauthorized());
    }

    private void fill(String current, String fresh, String repeated) {
        test(field("Current password")).setValue(current);
        test(field("New password")).setValue(fresh);
        test(field("New password again")).setValue(repeated);
    }

    private PasswordField field(String label) {
        return $(PasswordField.class).withLabel(label).single();
    }
}
