package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A therapist hands the clinic's tablet to a partner under a one-time kiosk link; the partner answers
 * the CSI-4 and is thanked without a score; the therapist sees the score and the trend chart.
 */
@ClinicIntegrationTest
class MeasuresJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void aPartnerAnswersOnTheKioskAndTheTherapistSeesTheScoreAndTheTrend() throws Exception {
        var therapist = TestAccounts.staff(context, "e2e", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        Page desk = signedIn(therapist.username(), "staff-password-2026");

        desk.navigate("/couples/" + couple.id());
        desk.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Measures")).click();
        desk.getByLabel("Partner").click();
        desk.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(couple.partnerB().displayName())).click();
        desk.getByLabel("Instrument").click();
        desk.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Couples Satisfaction Index (4 items)")).click();
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a kiosk link")).click();
        String link = desk.locator("#kiosk-link").getAttribute("href");

        Page tablet = newPage();
        tablet.navigate(link);
        assertThat(tablet.locator("#kiosk-greeting")).hasText("Hello Sam");
        assertThat(tablet.locator("vaadin-side-nav")).hasCount(0);
        choose(tablet, 1, "Perfect");
        choose(tablet, 2, "Completely true");
        choose(tablet, 3, "Completely");
        choose(tablet, 4, "Completely");
        Browser.waitForVaadin(tablet);
        Browser.screenshot(tablet, "kiosk-form");
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        assertThat(tablet.locator("#kiosk-end")).hasText("Thank you");
        assertThat(tablet.locator("body")).not().containsText("21");

        desk.reload();
        desk.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Measures")).click();
        assertThat(desk.locator("vaadin-grid-cell-content").getByText("21", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(desk.locator("#trend-" + couple.partnerB().personId() + " svg")).hasCount(1);
        Browser.waitForVaadin(desk);
        Browser.screenshot(desk, "measures-tab");
    }

    private static void choose(Page page, int item, String option) {
        page.locator("#item-" + item).getByText(option, new Locator.GetByTextOptions().setExact(true)).click();
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
