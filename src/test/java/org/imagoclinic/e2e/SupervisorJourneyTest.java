package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.reporting.ReportFilter;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A supervisor's round in a real Chromium: sign in, co-sign a supervisee's note from the queue (its
 * count in the menu follows), find the couple by name in the audit trail,
 * open the outcomes dashboard, narrow it to one therapist and a period, and download the PDF (a real
 * PDF whose text holds the figures and the filters).
 */
@ClinicIntegrationTest
class SupervisorJourneyTest extends BrowserJourney {

    /** Each couple's partners' CSI-16 levels (0 lowest, 1 highest) at baseline, mid-course and now. */
    private static final double[][][] COURSES = {
            {{0.45, 0.55, 0.68}, {0.50, 0.58, 0.66}},
            {{0.40, 0.48, 0.60}, {0.52, 0.52, 0.62}},
            {{0.55, 0.60, 0.70}, {0.45, 0.50, 0.52}},
            {{0.50, 0.50, 0.52}, {0.55, 0.52, 0.55}},
            {{0.42, 0.55, 0.66}, {0.50, 0.45, 0.40}},
            {{0.58, 0.52, 0.45}, {0.55, 0.52, 0.50}}};

    @Autowired
    ApplicationContext context;

    @Test
    void theSupervisorCoSignsANoteFiltersTheOutcomesAndDownloadsThePdf() throws Exception {
        JourneyClinic clinic = new JourneyClinic(context, "Hillside");
        TestStaff supervisor = clinic.clinician("Helena", "Voss", null, Roles.SUPERVISOR, Roles.THERAPIST);
        TestStaff supervisee = clinic.clinician("Jonas", "Abernathy", supervisor.staffId(), Roles.THERAPIST);
        TestStaff colleague = clinic.clinician("Ruth", "Adeyemi", supervisor.staffId(), Roles.THERAPIST);
        LocalDate today = clinic.today();
        Couple first = caseload(clinic, supervisee, today, 0);
        caseload(clinic, colleague, today, 3);
        UUID session = clinic.completedSession(first, supervisee, clinic.willow, today.minusDays(1).atTime(10, 0));
        SessionNote note = clinic.signedNote(supervisee, first, session,
                "Second dialogue on closeness; both partners mirrored without prompting.");
        LocalDate from = today.minusMonths(10);
        awaitTheReport(clinic, supervisor, new ReportFilter(from, today, supervisee.staffId(), null, null, null, "CSI-16"));

        Page page = newPage();
        SignIn.as(page, supervisor.username(), JourneyClinic.PASSWORD);
        assertThat(page.locator("#co-sign-summary")).containsText("1 note waits for your co-signature.");
        Locator menuEntry = page.locator("vaadin-side-nav-item[path='co-sign']");
        assertThat(menuEntry.locator(".menu-count")).hasText("1");
        Browser.picture(page, "supervisor-01-home");
        menuEntry.click();
        Locator queue = page.locator("#co-sign-queue");
        assertThat(queue).containsText(first.displayName());
        assertThat(queue).containsText("1 day since the session");
        queue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Review")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Session note · " + first.displayName());
        assertThat(dialog).containsText(note.draft().content());
        assertThat(dialog).containsText("written by Dr Jonas Abernathy");
        dialog.getByLabel("Comment to the author").fill("Good pacing. Next time note which step was hardest.");
        Browser.picture(page, "supervisor-02-co-sign");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Co-sign")).click();
        assertThat(queue).containsText("No notes waiting for your co-signature.");
        assertThat(menuEntry.locator(".menu-count")).hasText("0"); // the menu's count follows without a reload

        page.locator("vaadin-side-nav-item[path='audit']").click();
        Pick.combo(page, page.locator("body"), "Couple", first.displayName().substring(0, 5), first.displayName());
        Locator trail = page.locator("vaadin-grid");
        assertThat(trail).containsText("of couple " + first.displayName());
        assertThat(trail).containsText("Signed");

        page.navigate("/reports/outcomes");
        assertThat(page.getByText("Caseload by therapist")).isVisible();
        Pick.combo(page, page.locator("body"), "Therapist", "Abernathy", "Dr Jonas Abernathy");
        Pick.date(page, page.locator("body"), "From", from);
        Pick.button(page, "Show");
        assertThat(page.getByText("Episodes in the period: 3 · started: 3")).isVisible();
        assertThat(page.getByText("Partners with at least two measures: 6")).isVisible();
        assertThat(page.locator(".no-data").first()).containsText("baselines of the 30 it needs");
        Browser.picture(page, "supervisor-03-outcomes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the numbers")).last().click();
        assertThat(page.locator("vaadin-grid").last()).containsText("Dr Jonas Abernathy");
        assertThat(page.locator("vaadin-grid").last()).not().containsText("Ruth Adeyemi");
        assertThat(page.locator("vaadin-grid").last()).containsText("Started in the period");
        Browser.picture(page, "supervisor-04-caseload");

        Download download = page.waitForDownload(() -> page.getByText("Download PDF").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).isEqualTo("outcomes.pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String clinicName = clinic.as("admin", () -> clinic.contextBean(MessageTemplates.class).clinicContact().clinicName());
        assertThat(text).contains(clinicName + " Outcomes report")
                .contains("Active at some time in the period 3").contains("Started in the period 3")
                .contains("period " + from + " to " + today)
                .contains("therapist Dr Jonas Abernathy").doesNotContain(supervisee.staffId().toString())
                .contains("Change from baseline to current (n = 6 partners)")
                .containsPattern("Attendance rate \\d+%").containsPattern("Norms: CSI-16");

        page.navigate("/reports/engagement");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the numbers")).first().click();
        assertThat(page.locator("vaadin-grid").first()).containsText("(to " + today.getDayOfMonth() + " ");
        assertThat(page.locator("vaadin-grid").first()).containsText("Attendance rate");
        Browser.picture(page, "supervisor-05-engagement");
    }

    /** Three couples of the therapist's, each measured three times over months of care, starting at course {@code course}. */
    private static Couple caseload(JourneyClinic clinic, TestStaff therapist, LocalDate today, int course) {
        Couple first = null;
        for (int i = 0; i < 3; i++) {
            double[][] levels = COURSES[course + i];
            LocalDate opened = today.minusMonths(8 - i);
            Couple couple = clinic.couple(therapist.staffId(), opened);
            for (int time = 0; time < 3; time++) {
                LocalDate on = opened.plusDays(7 + time * 60L);
                clinic.csi16(therapist, couple, couple.partnerA().personId(), on, levels[0][time]);
                clinic.csi16(therapist, couple, couple.partnerB().personId(), on, levels[1][time]);
            }
            first = first == null ? couple : first;
        }
        return first;
    }

    private static void awaitTheReport(JourneyClinic clinic, TestStaff supervisor, ReportFilter filter) {
        Reports reports = clinic.contextBean(Reports.class);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> clinic.as(supervisor.username(),
                () -> reports.outcomes(filter).change().partners()), partners -> partners >= 6);
    }
}
