package org.imagoclinic.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks the page a journey is on with axe-core (pinned in src/build/axe, installed from the npm
 * registry on first use) and fails on any serious or critical violation, naming the rule, what
 * it asks for and the elements that break it.
 */
final class Accessibility {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeScript;

    private Accessibility() {
    }

    /** Fails when the page, as it is now, has a serious or critical accessibility violation. */
    static void assertNoSeriousViolations(Page page) {
        if (Boolean.TRUE.equals(page.evaluate("() => !!window.Vaadin"))) {
            Browser.waitForVaadin(page);
        }
        assertThat(seriousViolations(page)).as("axe-core on " + page.url()).isEmpty();
    }

    /** The serious and critical violations on the page, one readable line each. */
    static List<String> seriousViolations(Page page) {
        settleAnimations(page);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript()));
        }
        Object result = page.evaluate("async () => JSON.stringify((await axe.run(document, "
                + "{ resultTypes: ['violations'] })).violations)");
        return readable(String.valueOf(result));
    }

    /**
     * Waits (up to two seconds) for running animations to end: a dialog fading in is half transparent,
     * and axe-core would measure the contrast of its text against the page behind it.
     */
    private static void settleAnimations(Page page) {
        try {
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')", null,
                    new Page.WaitForFunctionOptions().setTimeout(2_000));
        } catch (com.microsoft.playwright.TimeoutError stillMoving) {
            // an endless animation (a progress indicator) never settles: check the page as it is
        }
    }

    /**
     * Marks {@code page} as one whose screens must pass: from now on {@link #checkIfWatched} runs
     * axe-core on each address it is called for (once per path) and hands every serious or critical
     * violation to {@code found} as a readable line that starts with the address.
     */
    static void watch(Page page, Consumer<String> found) {
        WATCHED.put(page, new Watch(found, ConcurrentHashMap.newKeySet()));
    }

    /**
     * Checks the page as it is now if a journey watches it and its path was not checked yet; the
     * journeys' helpers call it where a screen has settled (the sign-in page, each picture).
     */
    static void checkIfWatched(Page page) {
        Watch watch = WATCHED.get(page);
        if (watch == null || !watch.paths().add(page.url().replaceAll("[?#].*", ""))) {
            return;
        }
        seriousViolations(page).stream().filter(line -> !KNOWN_IN_VAADIN.contains(line))
                .forEach(line -> watch.found().accept(page.url() + ": " + line));
    }

    /**
     * The one violation still open, inside Vaadin's own {@code vaadin-tabs} (25.x): its shadow DOM puts
     * the tabs in a scroll container {@code <div id="scroll" part="tabs" tabindex="-1">}, a focusable child
     * of the {@code tablist} that axe-core does not allow there. It shows wherever tabs are used (the new
     * couple's steps, the couple page), whatever the tabs hold; ADR 0061. Matched with its cause, so
     * the same rule failing for another reason, or anywhere else, fails the journey.
     */
    private static final Set<String> KNOWN_IN_VAADIN = Set.of(
            "critical aria-required-children: Certain ARIA roles must contain particular children at [\"vaadin-tabs\"] "
                    + "(Fix any of the following: Element has children which are not allowed: div[tabindex])");

    private record Watch(Consumer<String> found, Set<String> paths) {
    }

    private static final Map<Page, Watch> WATCHED = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private static List<String> readable(String violationsJson) {
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(violationsJson)) {
                String impact = violation.path("impact").asText();
                if (!FAILING_IMPACTS.contains(impact)) {
                    continue;
                }
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()
                        + " (" + node.path("failureSummary").asText().replaceAll("\\s+", " ").strip() + ")"));
                lines.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
                        + " at " + String.join(", ", targets));
            }
        } catch (JacksonException e) {
            throw new IllegalStateException("axe-core answered something other than JSON: " + violationsJson, e);
        }
        return lines;
    }

    private static synchronized String axeScript() {
        if (axeScript == null) {
            try {
                Process install = new ProcessBuilder("bash", "src/build/axe/install.sh")
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String path = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                assertThat(install.waitFor(3, TimeUnit.MINUTES)).as("axe-core installed").isTrue();
                assertThat(install.exitValue()).as("axe-core's installer").isZero();
                axeScript = Files.readString(Path.of(path));
            } catch (IOException e) {
                throw new IllegalStateException("axe-core could not be installed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while installing axe-core", e);
            }
        }
        return axeScript;
    }
}
