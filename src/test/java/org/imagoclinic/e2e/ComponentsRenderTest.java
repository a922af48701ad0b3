package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chart and calendar web components render in Chromium and talk back to the server. */
@ClinicIntegrationTest
class ComponentsRenderTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void theChartDrawsItsLineAndTheCalendarShowsAndReportsClicks() throws Exception {
        Page page = browser.newPage("http://localhost:" + port);
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
