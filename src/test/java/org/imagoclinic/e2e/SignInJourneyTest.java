package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Signing in through the real page in a real Chromium. */
@ClinicIntegrationTest
class SignInJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void aTherapistSignsInSeesTheirNameAndSignsOut() throws Exception {
        Page page = newPage();

        page.navigate("/");
        page.waitForURL("**/login");
        assertThat(page).hasTitle("Sign in · Imago Clinic");
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "sign-in");

        page.getByLabel("User name").fill("therapist");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(ClinicIntegrationTest.DEMO_PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();

        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("#greeting")).containsText("Dr Daniel Lee");
        assertThat(page.locator("#roles")).hasText("Signed in as Therapist.");
        assertThat(page).hasTitle("Home · Imago Clinic");
        Browser.waitForVaadin(page);
        assertThat(Files.size(Browser.screenshot(page, "home"))).isPositive();

        Locator navigation = page.locator("vaadin-side-nav");
        navigation.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("My day")).click();
        page.waitForURL("**/my-day");
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("My day");
        navigation.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Home")).click();
        assertThat(page.locator("#greeting")).containsText("Dr Daniel Lee");
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("Home");

        assertThat(page.locator("#user-menu")).containsText("Dr Daniel Lee");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Change password"))).hasAttribute("href", "password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/login");
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameVisiblyUntilAGivenTime() throws Exception {
        String username = TestAccounts.create(context, "butterfingers", "Bea Fingers", "right-password-2026", false,
                Roles.FRONT_DESK);
        Page page = newPage();

        for (int attempt = 1; attempt <= 5; attempt++) {
            page.navigate("/login");
            // the sign-in form is a web component: a click before it is ready submits nothing
            Browser.waitForVaadin(page);
            page.getByLabel("User name").fill(username);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong-password-" + attempt);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL("**/login?error");
        }

        assertThat(page.getByText("Sign-in locked")).isVisible();
        assertThat(page.getByText("this user name is locked until")).isVisible();
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "sign-in-locked");
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheSignInPageWithAPlainMessage() {
        Page page = newPage();
        page.navigate("/login");
        // the sign-in form is a web component: a click before it is ready submits nothing
        Browser.waitForVaadin(page);

        page.getByLabel("User name").fill("therapist");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong-password-123");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();

        page.waitForURL("**/login?error");
        assertThat(page.getByText("The user name or password is not right.")).isVisible();
    }
}
