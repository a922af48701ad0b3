package org.imagoclinic.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one full-application test context that integration, security, browserless and browser tests
 * share (ADR 0005): the whole application on a random port, on a fresh database of its own on the
 * JVM's embedded PostgreSQL, with the demo profile's sign-ins (README) but without its generated
 * clinic of couples and sessions (ADR 0016; {@code DemoClinicGeneratorTests} has its own context). Every test class that uses
 * it creates the data it needs with names of its own, so the classes don't depend on each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "imago.demo.clinic.enabled=false",
                "imago.notifications.dispatch.enabled=false", "imago.security.sign-in-pruning.enabled=false",
                "imago.portal.link-pruning.enabled=false", "imago.scheduling.waitlist-offers.enabled=false",
                "imago.billing.monthly-statements.enabled=false",
                // the tests move the clinic clock by days: they run rounds of abandoned publications themselves
                "imago.events.resubmission.enabled=false",
                // a page's heartbeat every two seconds, so the idle time-out journey waits seconds
                "vaadin.heartbeatInterval=2",
                // text messages on, towards a closed port: the tests send through WireMock themselves
                "imago.notifications.text.account-sid=AC0000test", "imago.notifications.text.auth-token=test-token",
                "imago.notifications.text.from=+15005550006", "imago.notifications.text.base-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public @interface ClinicIntegrationTest {

    /** The demo sign-ins' password (README). */
    String DEMO_PASSWORD = "imago-demo-2026";
}
