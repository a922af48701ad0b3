package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;

/** The chart and calendar web components render in Chromium and talk back to the server. */
@ClinicIntegrationTest
class ComponentsRenderTest extends BrowserJourney {

    @Override
    boolean checksEveryPage() {
        return false; // a test page of bare components, not a screen anyone uses
    }


    @Test
    void theChartDrawsItsLineAndTheCalendarShowsAndReportsClicks() throws Exception {
        Page page = newPage();
        SignIn.as(page, "therapist");

        page.navigate("/test/components");
        assertThat(page.locator("imago-chart svg path").first()).isAttached();
        assertThat(page.locator("imago-calendar .fc-event").first()).containsText("Couple session: S & J");
        assertThat(page.locator("imago-calendar .fc-event-time").first()).hasText("10:00 - 11:30");

        page.locator("imago-calendar .fc-event").first().click();
        assertThat(page.locator("#clicked")).hasText("entry a1");
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "components");
    }
}
