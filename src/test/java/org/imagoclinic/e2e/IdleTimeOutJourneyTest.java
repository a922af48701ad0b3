package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestSessions;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A tab left open past the idle time-out: its heartbeat kept the HTTP session alive, but the time-out
 * signs out all the same, so the next click meets the sign-in page (ADR 0030). The shared test
 * application sends a heartbeat every two seconds; once signed in, this therapist's session gets an
 * eight-second time-out, so the journey runs in the shared context and waits seconds, not minutes.
 */
@ClinicIntegrationTest
class IdleTimeOutJourneyTest extends BrowserJourney {

    private static final int TIME_OUT_SECONDS = 8;

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog auditLog;

    @Test
    void aTabLeftIdlePastTheTimeOutGetsTheSignInPageOnItsNextClick() {
        var therapist = TestAccounts.named(context, "idle", "Dr", "Ida", "Idle", null, Roles.THERAPIST);
        Page page = newPage();
        page.navigate("/login");
        // the sign-in form is a web component: a click before it is ready submits nothing
        Browser.waitForVaadin(page);
        page.getByLabel("User name").fill(therapist.username());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("staff-password-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("#greeting")).containsText("Ida Idle");
        assertThat(TestSessions.timeOutAfter(context, therapist.username(), TIME_OUT_SECONDS)).isEqualTo(1);

        // idle for longer than the time-out, while the page's heartbeat goes on every two seconds
        page.waitForTimeout((TIME_OUT_SECONDS + 4) * 1000L);
        page.locator("vaadin-side-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My day")).click();

        page.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(20_000));
        assertThat(page.getByLabel("User name")).isVisible();
        TestAccounts.signIn(context, "admin");
        try {
            assertThat(auditLog.find(new AuditQuery(therapist.username(), null, null, null, null, null), 0, 50))
                    .anySatisfy(entry -> {
                        assertThat(entry.action()).isEqualTo(AuditAction.TIME_OUT);
                        assertThat(entry.reason()).contains("idle");
                    });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
