package org.imagoclinic.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in a real Chromium against the running application: one browser per test class, a
 * fresh page (its own cookies) for each person in the journey.
 */
abstract class BrowserJourney {

    private static Browser browser;

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

    /** A new page, signed in as nobody, on the application under test. */
    Page newPage() {
        return browser.newPage("http://localhost:" + port);
    }
}
