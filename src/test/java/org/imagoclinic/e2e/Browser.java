package org.imagoclinic.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imagoclinic.support.TestClinicClock;

/**
 * A headless Chromium from the system's packages, driven by Playwright, which must not download a
 * browser of its own here (no such download is reachable on the build machines; see
 * docs/operations.md). {@code CHROMIUM_PATH} overrides the default {@code /usr/bin/chromium}.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Where the user guides' pictures live; {@code -Dimago.docs.images=true} makes the journeys copy
     * their named screenshots there (README, "Refresh the pictures").
     */
    static final Path DOCS_IMAGES = Path.of("docs", "images");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    /**
     * A page of its own (own cookies) whose browser lives in the clinic's zone and at the test clock's
     * time, running on from there, as the server does: the date pickers' "today" and the calendar's
     * "now" agree with the application's.
     */
    public Page newPage(String baseUrl) {
        TestClinicClock clinicClock = TestClinicClock.clinic();
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(1280, 800).setLocale("en-GB")
                .setTimezoneId(clinicClock.getZone().getId()));
        context.clock().install(new Clock.InstallOptions().setTime(clinicClock.millis()));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** Waits until Vaadin has no request in flight, so a screenshot shows a settled page. */
    public static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    static Path screenshot(Page page, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * A screenshot of a key screen under a stable name (e.g. {@code front-desk-01-home}), copied into
     * {@link #DOCS_IMAGES} when the run refreshes the guides' pictures.
     */
    static Path picture(Page page, String name) throws java.io.IOException {
        waitForVaadin(page);
        Accessibility.checkIfWatched(page);
        Path file = screenshot(page, name);
        if (Boolean.getBoolean("imago.docs.images")) {
            Files.createDirectories(DOCS_IMAGES);
            Files.copy(file, DOCS_IMAGES.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** A screenshot for finding out why a journey failed; never fails itself. */
    static void screenshotQuietly(Page page, String name) {
        try {
            screenshot(page, name);
        } catch (java.io.IOException | RuntimeException ignored) {
            // the journey's own failure is the one to report
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
