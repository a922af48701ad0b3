package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A therapist records an Imago dialogue in the room and signs the session note, in a real Chromium. */
@ClinicIntegrationTest
class ImagoWorkJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void theTherapistRecordsADialogueAndSignsTheSessionNote() throws Exception {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        Page page = newPage();
        SignIn.as(page, therapist.username(), "staff-password-2026");

        page.navigate("/couples/" + couple.id());
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Imago work")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Imago dialogue")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Mirroring: \"What I hear you saying is… Did I get it? Is there more?\"")).isVisible();
        dialog.getByLabel("Topic").fill("Money");
        choose(page, dialog.getByLabel("Sender"), couple.partnerA().displayName());
        choose(page, dialog.getByLabel("Mirroring"), "4");
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "imago-dialogue-form");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Couples dialogue: Money (mirroring)")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write a session note")).click();
        Locator note = page.getByRole(AriaRole.DIALOG);
        note.getByLabel("Note", new Locator.GetByLabelOptions().setExact(true)).fill("Mirroring on money; both calmer.");
        note.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign")).click();
        assertThat(page.getByText("Mirroring on money; both calmer.")).isVisible();
        assertThat(page.getByText("Signed", new Page.GetByTextOptions().setExact(true))).isVisible();
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "imago-work-tab");
    }

    private static void choose(Page page, Locator select, String option) {
        select.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }
}
