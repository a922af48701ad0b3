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
    private final java.util.List<Page> pages = new java.util.ArrayList<>();

    /** When a journey fails, each of its pages as it was, to see why: target/screenshots/failed-*.png. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback failureScreenshots = context -> {
        if (context.getExecutionException().isPresent()) {
            for (int i = 0; i < pages.size(); i++) {
                Browser.screenshotQuietly(pages.get(i), "failed-" + context.getRequiredTestMethod().getName() + "-" + i);
            }
        }
    };

    /** Serious or critical accessibility violations met on any page of the journey, each with its address. */
    private final java.util.List<String> violations = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /**
     * A journey passes only if axe-core found nothing serious on the screens it settled on: the
     * sign-in page, every picture it took and where each of its pages ended.
     */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback accessibleThroughout = context -> {
        if (context.getExecutionException().isEmpty() && checksEveryPage()) {
            for (Page page : pages) {
                if (!page.isClosed()) {
                    Accessibility.checkIfWatched(page);
                }
            }
            org.assertj.core.api.Assertions.assertThat(violations).as("axe-core on the pages visited").isEmpty();
        }
    };

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        // a page's first render can take seconds on a busy two-core machine: assertions wait for it
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** Whether axe-core checks the screens this journey settles on (the staff journeys do). */
    boolean checksEveryPage() {
        return true;
    }

    /** A new page, signed in as nobody, on the application under test. */
    Page newPage() {
        Page page = browser.newPage("http://localhost:" + port);
        pages.add(page);
        if (checksEveryPage()) {
            Accessibility.watch(page, violations::add);
        }
        return page;
    }
}
