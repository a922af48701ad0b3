package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * A tab left open past the idle time-out: its heartbeat kept the HTTP session alive, but the time-out
 * signs out all the same, so the next click meets the sign-in page (ADR 0030). The application runs
 * here with a twenty-second time-out (set on each new session: the container counts its own setting
 * in whole minutes) and a heartbeat every five seconds.
 */
@ClinicIntegrationTest
@TestPropertySource(properties = "vaadin.heartbeatInterval=5")
@Import(IdleTimeOutJourneyTest.ShortSessions.class)
class IdleTimeOutJourneyTest extends BrowserJourney {

    private static final int TIME_OUT_SECONDS = 20;

    /** Gives every new web session the short time-out. */
    static class ShortSessions {
        @Bean
        HttpSessionListener twentySecondSessions() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    event.getSession().setMaxInactiveInterval(TIME_OUT_SECONDS);
                }
            };
        }
    }

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

        // idle for longer than the time-out, while the page's heartbeat goes on every five seconds
        page.waitForTimeout((TIME_OUT_SECONDS + 8) * 1000L);
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
