package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.portal.internal.TestPartners;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Both partners of one couple on a 390-pixel phone, each following the invitation's link from the mail:
 * Alex logs a temperature reading and writes intake answers for the therapist only, and sees the joint
 * session and their own individual one; Sam then finds the joint session and nothing of Alex's (the
 * individual session, the answers, the reading, the email address). axe-core checks every portal page
 * visited, and the pictures of the partner's guide are taken on the way.
 */
@ClinicIntegrationTest
class PartnerPortalJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void bothPartnersSignInOnAPhoneAndEachSeesOnlyTheirOwn() throws Exception {
        TestClinic clinic = new TestClinic(context);
        var lee = clinic.therapist();
        Couple couple = clinic.couple(lee.staffId());
        String alexEmail = couple.partnerA().details().email();
        String samEmail = couple.partnerB().details().email();
        LocalDate tomorrow = LocalDate.now(TestClinicClock.clinic()).plusDays(1);
        BookingRequest joint = BookingRequest.joint(couple.id(), lee.staffId(), clinic.room().id(), tomorrow.atTime(9, 0));
        Bookings bookings = context.getBean(Bookings.class);
        clinic.as("frontdesk", () -> bookings.book(joint).first());
        Appointment alexAlone = clinic.as("frontdesk", () -> bookings.book(joint.withKind(AppointmentKind.INDIVIDUAL)
                .withPartner(couple.partnerA().personId()).withTimes(TestClinic.mondayIn(1).atTime(12, 0), null)).first());
        TestPartners.invited(context, couple, couple.partnerA());
        TestPartners.invited(context, couple, couple.partnerB());
        String alexToken = TestPartners.tokenOfMail(context, alexEmail, 1);
        String samToken = TestPartners.tokenOfMail(context, samEmail, 1);
        String alexSessionTime = "12:00";
        String reading = "You made breakfast for us both";
        String forTherapistOnly = "I am thinking about leaving, and have not told Sam.";

        Page alex = phone();
        signIn(alex, alexToken, "Hello Alex");
        Browser.picture(alex, "partner-01-home");

        open(alex, "#portal-sessions-link", "**/portal/sessions");
        assertThat(alex.locator(".portal-session")).hasCount(2);
        assertThat(alex.locator("body")).containsText(alexSessionTime);
        assertThat(alex.locator("a[href*='" + alexAlone.id() + "']")).hasCount(1);
        Browser.picture(alex, "partner-02-sessions");

        open(alex, "#portal-home-link", "**/portal");
        open(alex, "#portal-practice-link", "**/portal/practice");
        alex.getByLabel("Appreciations").fill(reading);
        alex.getByLabel("Complaints, each with a request").fill("Late home without a text; please text me by five");
        alex.locator("#practice-save-reading").click();
        assertThat(alex.locator("#practice-logged")).containsText("Temperature reading: Appreciations: " + reading);
        assertThat(alex.locator("#portal-leave-quickly")).isVisible();
        assertThat(((Number) alex.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        Browser.picture(alex, "partner-03-practice");

        open(alex, "#portal-home-link", "**/portal");
        open(alex, "#portal-intake-link", "**/portal/intake");
        alex.locator("#intake-what-brings-you textarea").fill("We argue about the same things and feel far apart.");
        alex.locator("#intake-hopes textarea").fill("To talk without it turning into a row.");
        alex.locator("#intake-for-therapist textarea").fill(forTherapistOnly);
        Browser.picture(alex, "partner-04-about-you");
        alex.locator("#intake-send").click();
        assertThat(alex.locator("#intake-sent")).isVisible();

        open(alex, "#portal-home-link", "**/portal");
        open(alex, "#portal-screen-link", "**/portal/screen");
        Browser.picture(alex, "partner-05-safety-questions");
        open(alex, "#portal-home-link", "**/portal");
        open(alex, "#portal-consents-link", "**/portal/consents");
        Browser.picture(alex, "partner-06-consents");

        Page sam = phone();
        signIn(sam, samToken, "Hello Sam");
        assertThat(sam.locator("body")).not().containsText(alexEmail);
        open(sam, "#portal-sessions-link", "**/portal/sessions");
        assertThat(sam.locator(".portal-session")).hasCount(1); // the joint session, not Alex's own
        assertThat(sam.locator("body")).not().containsText(alexSessionTime);
        assertThat(sam.locator("a[href*='" + alexAlone.id() + "']")).hasCount(0);
        assertThat(sam.locator("body")).not().containsText(alexEmail);
        Accessibility.checkIfWatched(sam);
        open(sam, "#portal-home-link", "**/portal");
        open(sam, "#portal-practice-link", "**/portal/practice");
        assertThat(sam.locator("#practice-logged")).not().containsText(reading);
        Accessibility.checkIfWatched(sam);
        open(sam, "#portal-home-link", "**/portal");
        open(sam, "#portal-intake-link", "**/portal/intake");
        assertThat(sam.locator("#intake-sent-before")).hasCount(0);
        assertThat(sam.locator("body")).not().containsText(forTherapistOnly);
    }

    private Page phone() {
        Page page = newPage();
        page.setViewportSize(390, 844);
        return page;
    }

    /** Follows the mailed link and confirms on the page it opens, as the partner's guide says. */
    private static void signIn(Page page, String token, String greeting) {
        page.navigate("/portal/login/ott?token=" + token);
        Accessibility.checkIfWatched(page);
        page.locator("button[type=submit]").click();
        page.waitForURL("**/portal");
        Browser.waitForVaadin(page);
        assertThat(page.locator("#portal-greeting")).hasText(greeting);
    }

    private static void open(Page page, String link, String url) {
        page.locator(link).click();
        page.waitForURL(url);
        Browser.waitForVaadin(page);
    }
}
