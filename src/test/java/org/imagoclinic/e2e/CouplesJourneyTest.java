package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The couples pages in a real Chromium, as the front desk uses them. */
@ClinicIntegrationTest
class CouplesJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void theFrontDeskFindsACoupleOpensTheirPageAndStartsANewIntake() throws Exception {
        Couple couple = TestCouples.caredForBy(context, TestAccounts.staff(context, "e2e", Roles.THERAPIST).staffId());
        Page page = signedIn("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);

        page.navigate("/couples");
        assertThat(page).hasTitle("Couples · Imago Clinic");
        page.getByLabel("Name").fill(couple.partnerA().details().lastName());
        page.getByText(couple.displayName()).click();

        page.waitForURL("**/couples/" + couple.id());
        assertThat(page.locator("#couple-name")).hasText(couple.displayName());
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Episodes"))).isVisible();
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Screening"))).hasCount(0);
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "couple-page");

        page.navigate("/couples/new");
        assertThat(page).hasTitle("New couple · Imago Clinic");
        assertThat(page.getByLabel("First name")).isVisible();
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "new-couple");
    }

    @Test
    void theTherapistSeesTheScreeningReviewThatHoldsJointSessions() throws Exception {
        var therapist = TestAccounts.staff(context, "e2e", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        context.getBean(Screenings.class).record(couple.id(), TestCouples.flaggedScreen());
        SecurityContextHolder.clearContext();
        Page page = signedIn(therapist.username(), "staff-password-2026");

        page.navigate("/couples/" + couple.id());
        assertThat(page.locator("#screening-hold")).hasText("On hold: screening review");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Screening")).click();
        assertThat(page.locator("#screening-status")).containsText("Screening review");
        assertThat(page.getByText("Intimate-partner violence").first()).isVisible();
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "screening-review");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Episodes")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close episode"))).isVisible();
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "episodes");
    }

    private Page signedIn(String username, String password) {
        Page page = newPage();
        page.navigate("/login");
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }
}
