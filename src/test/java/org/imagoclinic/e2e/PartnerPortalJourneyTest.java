package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.portal.internal.TestPartners;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A partner on a 390-pixel phone follows the invitation's link from the mail and logs a temperature reading. */
@ClinicIntegrationTest
class PartnerPortalJourneyTest extends BrowserJourney {

    @Override
    boolean checksEveryPage() {
        return false; // the staff journeys carry the accessibility check; the portal's pages are not held to it yet
    }


    @Autowired
    ApplicationContext context;

    @Test
    void aPartnerSignsInWithTheInvitationsLinkOnAPhoneAndLogsATemperatureReading() throws Exception {
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(TestCouples.registration()));
        String email = couple.partnerA().details().email();
        TestPartners.invited(context, couple, couple.partnerA());
        String token = TestPartners.tokenOfMail(context, email, 1);
        Page page = newPage();
        page.setViewportSize(390, 844);

        page.navigate("/portal/login/ott?token=" + token);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/portal");
        assertThat(page.locator("#portal-greeting")).hasText("Hello Alex");
        Browser.waitForVaadin(page);
        page.locator("#portal-practice-link").click();
        page.waitForURL("**/portal/practice");
        page.getByLabel("Appreciations").fill("You made breakfast for us both");
        page.getByLabel("Complaints, each with a request").fill("Late home without a text; please text me by five");
        page.locator("#practice-save-reading").click();

        assertThat(page.locator("#practice-logged"))
                .containsText("Temperature reading: Appreciations: You made breakfast for us both");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        Browser.screenshot(page, "portal-practice-phone");
    }
}
