package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicDefaults;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The administrator's journey in Chromium: add a supervisor and a therapist, link them, each
 * signs in with the one-time password shown once and chooses their own, and the audit trail
 * shows all of it; then the fee page, where monthly statements are turned on, and a closure day.
 */
@ClinicIntegrationTest
class StaffAndAuditJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void anAdministratorAddsAndLinksTwoCliniciansWhoSignInAndChangeTheirPasswords() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // an administrator of the journey's own, so that the audit trail can be filtered to what they did
        TestStaff administrator = TestAccounts.named(context, "admin", null, "Morgan", "Ellis", null, Roles.ADMIN);
        Page admin = newPage();
        SignIn.as(admin, administrator.username(), JourneyClinic.PASSWORD);

        Credentials supervisor = addClinician(admin, "Ruth", "Okoro" + suffix, "Supervisor", null);
        Browser.picture(admin, "admin-01-one-time-password");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have noted the password")).click();
        // "Works under supervision" asks who supervises them, and the new member is supervised from today
        Credentials therapist = addClinician(admin, "Tom", "Reyes" + suffix, "Therapist", "Ruth Okoro" + suffix);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have noted the password")).click();
        assertThat(admin.locator("#current-supervisor")).containsText("Ruth Okoro" + suffix);
        Browser.waitForVaadin(admin);
        Browser.picture(admin, "admin-02-supervision");

        for (Credentials person : new Credentials[] {therapist, supervisor}) {
            Page page = newPage();
            SignIn.as(page, person.username(), person.password());
            page.waitForURL("**/password");
            page.getByLabel("Current password").fill(person.password());
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("my-own-passphrase-" + suffix);
            page.getByLabel("New password again").fill("my-own-passphrase-" + suffix);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(page.locator("#greeting")).containsText(person.lastName());
        }

        admin.navigate("/audit");
        admin.getByLabel("Person").fill(administrator.username());
        admin.keyboard().press("Tab");
        assertThat(admin.locator("vaadin-grid")).containsText("supervised by Ruth Okoro" + suffix);
        // entries name people and records, not ids
        assertThat(admin.locator("vaadin-grid")).containsText("Morgan Ellis (" + administrator.username() + ")");
        assertThat(admin.locator("vaadin-grid")).containsText("staff member Tom Reyes" + suffix);
        admin.getByLabel("Person").fill(therapist.username());
        admin.keyboard().press("Tab");
        // the therapist's own two entries: the sign-in and the password change
        admin.waitForFunction("() => document.querySelector('vaadin-grid').size === 2");
        assertThat(admin.locator("vaadin-grid")).containsText("Signed in");
        assertThat(admin.locator("vaadin-grid")).containsText("changed own password");
        Browser.waitForVaadin(admin);
        Browser.picture(admin, "admin-03-audit-trail");

        admin.navigate("/admin/fees");
        assertThat(admin.locator("vaadin-grid")).containsText("90847");
        admin.getByLabel("Email last month's statement", new Page.GetByLabelOptions().setExact(false)).check();
        admin.locator("#statement-day input").fill("5");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.locator("vaadin-notification-card")).containsText("Statements go by email on day 5");
        Browser.picture(admin, "admin-04-fees");

        // a staff day two months ahead: the clinic is closed, and the page says no session needs moving
        LocalDate staffDay = LocalDate.now(TestClinicClock.clinic()).plusMonths(2);
        admin.navigate("/admin/closure-days");
        admin.locator("#closure-name input").fill("Staff day " + suffix);
        Pick.date(admin, admin.locator("body"), "First day closed", staffDay);
        admin.locator("#add-closure").click();
        assertThat(admin.locator("#closure-booked-sessions")).containsText("No sessions are booked on these days.");
        assertThat(admin.locator("#closure-days")).containsText("Staff day " + suffix);
        Browser.picture(admin, "admin-05-closure-days");
    }

    @AfterEach
    void openEveryDayAgain() {
        // the closure is clinic-wide: the tests after this one book without it
        ClinicDefaults.restore(context);
    }

    private static Credentials addClinician(Page admin, String firstName, String lastName, String role,
                                            @Nullable String supervisor) {
        admin.navigate("/admin/staff/new");
        // the form puts the cursor in its first field; typing before it lands would lose the keys to it
        assertThat(admin.getByLabel("Title")).isFocused();
        admin.getByLabel("First name").fill(firstName);
        admin.getByLabel("Last name").fill(lastName);
        admin.getByLabel("Email").fill((firstName + "." + lastName + "@example.org").toLowerCase());
        admin.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
        admin.getByLabel("Credentials").fill("LMFT, Certified Imago Therapist");
        choose(admin, "Discipline", "Marriage and family therapy");
        admin.locator("#calendar-colour-hex input").fill("#3366cc");
        if (supervisor != null) {
            admin.getByLabel("Works under supervision").check();
            choose(admin, "Supervised by", supervisor);
        }
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add staff member")).click();
        try {
            admin.locator("#new-sign-in-username").waitFor();
        } catch (RuntimeException notShown) {
            Browser.screenshotQuietly(admin, "staff-form-refused");
            throw notShown;
        }
        String username = admin.locator("#new-sign-in-username").textContent().trim();
        String password = admin.locator("#one-time-password").textContent().trim();
        return new Credentials(username, password, lastName);
    }

    /** Picks an item of a combo box the way a person does: type, then click the suggestion. */
    private static void choose(Page page, String label, String item) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(item);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item)).click();
    }

    record Credentials(String username, String password, String lastName) {
    }
}
