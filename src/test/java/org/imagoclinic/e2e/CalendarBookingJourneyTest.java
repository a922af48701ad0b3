package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The front desk books a session in Chromium: click an empty slot, fill the dialog, see the session on the calendar. */
@ClinicIntegrationTest
class CalendarBookingJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void theFrontDeskBooksACoupleByClickingAnEmptySlot() throws Exception {
        TestClinic clinic = new TestClinic(context);
        TestStaff lee = clinic.therapist();
        Couple smiths = clinic.couple(lee.staffId());
        LocalDate monday = TestClinic.mondayIn(2);
        LocalDate wednesday = monday.plusDays(2);
        Page page = newPage();
        SignIn.as(page, "frontdesk");

        page.navigate("/calendar?therapist=" + lee.staffId() + "&date=" + monday);
        Locator calendar = page.locator("imago-calendar");
        assertThat(calendar.locator(".fc-timegrid-col[data-date='" + wednesday + "']")).isVisible();
        Browser.waitForVaadin(page);
        BoundingBox day = calendar.locator(".fc-timegrid-col[data-date='" + wednesday + "']").boundingBox();
        BoundingBox ten = calendar.locator(".fc-timegrid-slot-lane[data-time='10:00:00']").boundingBox();
        page.mouse().click(day.x + day.width / 2, ten.y + ten.height / 2);

        assertThat(page.locator("#book-session")).isVisible();
        choose(page, "Couple", smiths.partnerA().details().lastName(), smiths.displayName());
        choose(page, "Room", clinic.room().label(), clinic.room().label());
        assertThat(page.locator("#booking-check")).containsText("Free: nothing clashes.");
        Browser.screenshot(page, "calendar-booking-dialog");
        page.locator("#book-session").click();

        Locator entry = calendar.locator(".fc-event").filter(new Locator.FilterOptions().setHasText(smiths.displayName()));
        assertThat(entry).containsText("Couple session: " + smiths.displayName());
        assertThat(entry.locator(".fc-event-time")).hasText("10:00 - 11:30");
        assertThat(page.locator("#book-session")).isHidden();
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "calendar-booked");
    }

    private static void choose(Page page, String label, String typed, String item) {
        Locator input = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label)))).locator("input");
        input.click();
        input.pressSequentially(typed);
        // only the suggestions on show: the overlay keeps hidden items from earlier filters
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item)).first().click();
    }
}
