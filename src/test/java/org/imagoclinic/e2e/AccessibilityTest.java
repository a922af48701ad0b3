package org.imagoclinic.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The journeys' accessibility check finds what a screen reader user would stumble over, and only that. */
class AccessibilityTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anUnlabelledFieldAndAnImageWithoutTextAreReportedWithWhereTheyAre() {
        Page page = browser.newPage("about:blank");
        page.setContent("<html lang='en'><head><title>Form</title></head><body><main>"
                + "<h1>Intake</h1><img src='data:,' id='logo'><input type='text' id='name'></main></body></html>");

        assertThat(Accessibility.seriousViolations(page))
                .anySatisfy(line -> assertThat(line).startsWith("critical image-alt").contains("#logo"))
                .anySatisfy(line -> assertThat(line).contains("label").contains("#name"));
    }

    @Test
    void aPlainLabelledPagePasses() {
        Page page = browser.newPage("about:blank");
        page.setContent("<html lang='en'><head><title>Form</title></head><body><main>"
                + "<h1>Intake</h1><label for='name'>Name</label><input type='text' id='name'></main></body></html>");

        assertThat(Accessibility.seriousViolations(page)).isEmpty();
    }

    @Test
    void theAssertionNamesTheRuleWhenItFails() {
        Page page = browser.newPage("about:blank");
        page.setContent("<html lang='en'><head><title>Form</title></head><body><main>"
                + "<button></button></main></body></html>");

        assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(page)).hasMessageContaining("button-name");
    }
}
