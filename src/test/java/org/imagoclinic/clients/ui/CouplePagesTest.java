package org.imagoclinic.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.StaticParts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The couples list and a couple's page as each role sees them. */
@ClinicIntegrationTest
class CouplePagesTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Screenings screenings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFrontDeskFindsACoupleByEitherPartnersNameAndOpensIt() {
        var therapist = TestAccounts.staff(context, "list", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
        navigate(CouplesView.class);
        assertThat(StaticParts.menuLabels()).contains("Couples");

        test($(TextField.class).withLabel("Name").single()).setValue(couple.partnerB().details().lastName().toLowerCase());

        @SuppressWarnings("unchecked")
        Grid<CoupleSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).displayName()).isEqualTo(couple.displayName());
        assertThat($(ComboBox.class).withLabel("Screening flag").exists()).as("clinical filter shown").isFalse();
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CoupleView.class);
        assertThat($(H2.class).id("couple-name").getText()).isEqualTo(couple.displayName());
    }

    @Test
    void theFrontDeskSeesNoClinicalTabAndOpeningThePageReadsNothingClinical() {
        var therapist = TestAccounts.staff(context, "page", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        screenings.record(couple.id(), TestCouples.flaggedScreen());
        var desk = TestAccounts.staff(context, "desk", Roles.FRONT_DESK);
        TestAccounts.signIn(context, desk.username());

        navigate("couples/" + couple.id(), CoupleView.class);

        assertThat(tabTitles()).containsExactly("Overview", "Partners", "Consents", "Episodes", "Sessions", "Messages", "Billing",
                "Portal", "Signed consents", "Record requests");
        assertThat($(Paragraph.class).id("booking-answer").getText()).contains("until their therapist has reviewed");
        test($(TabSheet.class).single()).select("Episodes");
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_entry where couple_id = ? and username = ?",
                Integer.class, couple.id(), desk.username())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCouplesPageBooksOpensASessionFromItsRowKeepsThoseNotHeldAndWarnsOfAMissingConsent() {
        var clinic = new org.imagoclinic.scheduling.TestClinic(context);
        var lee = clinic.therapist();
        Couple couple = clinic.couple(lee.staffId());
        var bookings = context.getBean(org.imagoclinic.scheduling.Bookings.class);
        java.time.LocalDateTime yesterday = java.time.LocalDateTime.now(org.imagoclinic.support.TestClinicClock.clinic())
                .minusDays(1).withHour(10).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        var missed = clinic.as("frontdesk", () -> bookings.book(org.imagoclinic.scheduling.BookingRequest.joint(couple.id(),
                lee.staffId(), clinic.room().id(), yesterday).withOverride("Entered afterwards")).first());
        clinic.as("frontdesk", () -> context.getBean(org.imagoclinic.scheduling.Attendance.class).markNoShow(missed.id()));
        var cancelled = clinic.as("frontdesk", () -> bookings.book(org.imagoclinic.scheduling.BookingRequest.joint(
                couple.id(), lee.staffId(), clinic.room().id(), org.imagoclinic.scheduling.TestClinic.mondayIn(2)
                        .atTime(10, 0))).first());
        clinic.as("frontdesk", () -> bookings.cancel(cancelled.id(), new org.imagoclinic.scheduling.Cancellation(
                org.imagoclinic.scheduling.CancelledBy.CLIENT, "Unwell", false)));
        TestCouples.asFrontDesk(context, () -> context.getBean(org.imagoclinic.clients.Couples.class).recordConsents(
                couple.id(), java.util.List.of(new org.imagoclinic.clients.ConsentEntry(
                        org.imagoclinic.clients.ConsentKind.TREATMENT, org.imagoclinic.clients.PartnerSlot.B, false, null))));
        TestAccounts.signIn(context, "frontdesk");

        navigate("couples/" + couple.id(), CoupleView.class);

        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("overview-book").getHref())
                .isEqualTo("calendar?book=" + couple.id() + "&therapist=" + lee.staffId());
        assertThat($(Paragraph.class).id("consent-warning").getText()).isEqualTo("No treatment consent is recorded for "
                + couple.partnerB().displayName() + ": record it on the couple's Consents tab before treatment begins.");
        test($(TabSheet.class).single()).select("Sessions");
        Grid<Object> toCome = $(Grid.class).id("sessions-to-come");
        Grid<Object> past = $(Grid.class).id("sessions-past");
        assertThat(test(toCome).size()).isEqualTo(1);
        assertThat(test(toCome).getCellText(0, 3)).isEqualTo("Cancelled by the client: Unwell");
        assertThat(test(past).getCellText(0, 3)).isEqualTo("No-show");

        test(past).clickRow(0);

        var details = $(com.vaadin.flow.component.html.Div.class).id("appointment-details");
        assertThat(details.getElement().getTextRecursively()).contains("Status: No-show");
    }

    @Test
    void theTherapistsIntakeTabIsAnAuditedReadOnlyWhenOpened() {
        var therapist = TestAccounts.staff(context, "tabs", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());

        navigate("couples/" + couple.id(), CoupleView.class);
        assertThat(intakeReads(couple, therapist.username())).isZero();
        test($(TabSheet.class).single()).select("Intake");

        assertThat(intakeReads(couple, therapist.username())).isEqualTo(1);
    }

    @Test
    void anUnknownCoupleLeadsBackToTheList() {
        TestAccounts.signIn(context, "frontdesk");

        navigate("couples/" + java.util.UUID.randomUUID(), CoupleView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("No such couple");
    }

    @Test
    void aLinkToAClinicalTabTellsTheFrontDeskItIsNotOpenToThemAndIsAuditedAsDenied() {
        var therapist = TestAccounts.staff(context, "link", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        var desk = TestAccounts.staff(context, "desk", Roles.FRONT_DESK);
        TestAccounts.signIn(context, desk.username());

        openWithTab(couple, "imago-work");

        assertThat($(Paragraph.class).id("tab-refused").getText()).startsWith("The Imago work tab is not open to you: ");
        assertThat(tabTitles()).doesNotContain("Imago work");
        assertThat($(TabSheet.class).single().getSelectedIndex()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_entry where couple_id = ? and username = ? "
                + "and subject_type = 'Imago work' and outcome = 'DENIED'", Integer.class, couple.id(), desk.username()))
                .isEqualTo(1);
    }

    @Test
    void aLinkToATabTheTherapistMaySeeOpensIt() {
        var therapist = TestAccounts.staff(context, "link", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());

        openWithTab(couple, "episodes");

        TabSheet sheet = $(TabSheet.class).single();
        assertThat(sheet.getTabAt(sheet.getSelectedIndex()).getLabel()).isEqualTo("Episodes");
        assertThat($(Paragraph.class).withId("tab-refused").exists()).isFalse();
    }

    /** As a link {@code couples/<id>?tab=<slug>} opens the page. */
    private void openWithTab(Couple couple, String slug) {
        com.vaadin.flow.component.UI.getCurrent().navigate("couples/" + couple.id(),
                com.vaadin.flow.router.QueryParameters.of("tab", slug));
        assertThat(getCurrentView()).isInstanceOf(CoupleView.class);
    }

    private int intakeReads(Couple couple, String username) {
        return jdbc.queryForObject("select count(*) from audit.audit_entry where couple_id = ? and username = ? "
                + "and subject_type = 'Intake' and action = 'VIEW'", Integer.class, couple.id(), username);
    }

    private List<String> tabTitles() {
        TabSheet sheet = $(TabSheet.class).single();
        return IntStream.range(0, sheet.getTabCount()).mapToObj(i -> sheet.getTabAt(i).getLabel()).toList();
    }
}
