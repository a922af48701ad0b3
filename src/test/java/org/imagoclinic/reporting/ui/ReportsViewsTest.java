package org.imagoclinic.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.reporting.Reports;
import org.imagoclinic.reporting.ReportingTestData;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ui.components.Chart;
import org.imagoclinic.staff.Clinician;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The report views and the couple page's progress tab: the charts get their series, the numbers are a click away. */
@ClinicIntegrationTest
class ReportsViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Reports reports;

    TestStaff therapist;

    @BeforeEach
    void aCaseloadOfOurOwn() {
        therapist = TestAccounts.staff(context, "views", Roles.THERAPIST);
        ReportingTestData.publishHandBuiltClinic(context, therapist.staffId());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Chart chart) {
        return (List<Map<String, Object>>) chart.getOption().get("series");
    }

    @SuppressWarnings("unchecked")
    private void filterOnTheHandBuiltYear(boolean pickTherapist) {
        $(DatePicker.class).withLabel("From").single().setValue(LocalDate.of(2025, 1, 1));
        $(DatePicker.class).withLabel("To").single().setValue(LocalDate.of(2025, 12, 31));
        if (pickTherapist) {
            ComboBox<Clinician> who = $(ComboBox.class).withLabel("Therapist").single();
            who.setValue(who.getListDataView().getItems().filter(m -> m.id().equals(therapist.staffId())).findFirst().orElseThrow());
        }
        test($(Button.class).withText("Show").single()).click();
    }

    /** The views are proxied by method security: find their charts in the component tree. */
    private List<Numbers> charts() {
        return $(Numbers.class).all();
    }

    @Test
    void aSupervisorSeesTheOutcomeClassesAsStackedBarsAndTheCaseloadWithTheNumbersOneClickAway() {
        TestAccounts.signIn(context, "supervisor");
        navigate(OutcomesView.class);
        filterOnTheHandBuiltYear(true);
        Numbers classes = charts().get(0);
        Numbers caseload = charts().get(1);

        // No norms configured: nobody can be classified, and the page says why instead of drawing empty bars
        assertThat(classes.chart.isVisible()).isFalse();
        assertThat(classes.nothing.isVisible()).isTrue();
        assertThat(classes.nothing.getText()).contains("No published norms are entered for CSI-16")
                .contains("more baselines needed").contains("Measure norms");
        assertThat(series(caseload.chart)).singleElement()
                .satisfies(bar -> assertThat(bar.get("data")).isEqualTo(List.of(4)));
        assertThat(caseload.table.isVisible()).isFalse();

        test(caseload.toggle).click();

        assertThat(caseload.table.isVisible()).isTrue();
        assertThat(test(caseload.table).size()).isEqualTo(1);
        assertThat(test(caseload.table).getCellText(0, 1)).isEqualTo("4");
        assertThat(test(caseload.table).getCellText(0, 2)).isEqualTo("4");
        assertThat(test(caseload.table).getCellText(0, 7)).contains("Not ranked");
    }

    @Test
    void anAdministratorRebuildsTheReportTablesFromTheOutcomesPage() {
        TestAccounts.signIn(context, "admin");
        navigate(OutcomesView.class);
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withCaption("Presenting concern").exists()).isFalse();

        test($(Button.class).withText("Rebuild the report tables").single()).click();

        assertThat($(com.vaadin.flow.component.notification.Notification.class).last().getElement().getProperty("text"))
                .matches("Rebuilt from \\d+ events\\.");
    }

    @Test
    void aTherapistSeesNoRebuildButton() {
        TestAccounts.signIn(context, therapist.username());
        navigate(OutcomesView.class);

        assertThat($(Button.class).withText("Rebuild the report tables").all()).isEmpty();
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withCaption("Presenting concern").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class).withCaption("Life stage").exists()).isTrue();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aTherapistSeesTheirOwnDialogueSkillTrend() {
        TestAccounts.signIn(context, therapist.username());
        navigate(PracticeView.class);
        filterOnTheHandBuiltYear(false);
        Numbers skills = charts().getFirst();

        assertThat(series(skills.chart)).extracting(line -> line.get("name"))
                .containsExactly("One topic", "\"I\" statements", "Asked for the dialogue", "Mirroring", "Summary",
                        "Validation", "Empathy");
        assertThat(series(skills.chart).get(3).get("data")).isEqualTo(List.of(2.5, 4.0));
        assertThat(skills.chart.getOption().get("xAxis")).isEqualTo(Map.of("type", "category", "data",
                List.of("2025-03", "2025-05"), "name", "Month", "nameLocation", "middle", "nameGap", 28));
        // ratings of 1 to 5 on a 1 to 5 axis, with its title
        assertThat((Map<String, Object>) skills.chart.getOption().get("yAxis")).containsEntry("min", 1)
                .containsEntry("max", 5).containsEntry("name", "Mean rating (1 to 5)");
    }

    @Test
    void theFrontDeskOpensEngagementButNotOutcomes() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(EngagementView.class);
        filterOnTheHandBuiltYear(false);

        // no clinical filters for the front desk: they would single couples out by what brought them
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withCaption("Presenting concern").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class).withCaption("Life stage").exists()).isFalse();
        // The front desk sees the whole clinic, which other tests fill too: the series are there.
        assertThat(series(charts().getFirst().chart)).extracting(line -> line.get("name"))
                .containsExactly("Attendance rate %", "No-show rate %", "Late-cancellation rate %");
        // the period ends on 31 Dec 2025, a whole month; one ending mid-month is marked as partial
        assertThat(EngagementView.monthLabel("2025-12", new org.imagoclinic.reporting.ReportFilter(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, null, null, null, "CSI-16"))).isEqualTo("2025-12");
        assertThat(EngagementView.monthLabel("2026-12", new org.imagoclinic.reporting.ReportFilter(LocalDate.of(2025, 12, 8),
                LocalDate.of(2026, 12, 7), null, null, null, null, "CSI-16"))).isEqualTo("2026-12 (to 7 Dec, partial)");
        assertThat(series(charts().get(2).chart)).extracting(line -> line.get("name"))
                .containsExactly("No-show rate %", "Late-cancellation rate %");

        Throwable refused = catchThrowable(() -> navigate(OutcomesView.class));
        assertThat(refused != null || !(getCurrentView() instanceof OutcomesView)).isTrue();
    }

    @Test
    void aTherapistSeesTheWaitlistAtTheEndOfEachMonthWithTheNumbersOneClickAway() {
        TestAccounts.signIn(context, therapist.username());
        navigate(EngagementView.class);
        filterOnTheHandBuiltYear(false);
        Numbers waitlist = charts().get(1);

        assertThat(series(waitlist.chart)).singleElement().satisfies(bars -> {
            assertThat(bars.get("name")).isEqualTo("Couples waiting");
            assertThat(bars.get("data")).isEqualTo(List.of(1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1));
        });
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Waiting now: 1 · booked from the waitlist in the period: 4, median wait 23.50 days"))
                .noneMatch(text -> text.contains("not shown yet"));

        test(waitlist.toggle).click();

        assertThat(waitlist.table.isVisible()).isTrue();
        assertThat(test(waitlist.table).size()).isEqualTo(12);
        assertThat(test(waitlist.table).getCellText(10, 1)).isEqualTo("30 Nov 2025");
        assertThat(test(waitlist.table).getCellText(10, 2)).isEqualTo("1");
    }

    @Test
    void theFrontDeskReadsFewerThanFiveWhereTheTherapistReadsTheCount() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(EngagementView.class);
        filterOnTheHandBuiltYear(true);
        Numbers waitlist = charts().get(1);

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Waiting now: fewer than 5 · booked from the waitlist in the period: "
                        + "fewer than 5, median wait – days"))
                .anyMatch(text -> text.contains("(fewer than 5) · first contact"))
                .noneMatch(text -> text.startsWith("Waiting now: 1"));
        assertThat($(Paragraph.class).withClassName("small-counts-suppressed").single().isVisible()).isTrue();
        test(waitlist.toggle).click();
        assertThat(test(waitlist.table).getCellText(10, 2)).isEqualTo("fewer than 5");
        assertThat(test(waitlist.table).getCellText(6, 2)).isEqualTo("0");
        assertThat(series(waitlist.chart).getFirst().get("data")).as("no bar for a suppressed month")
                .isEqualTo(java.util.Arrays.asList(null, null, 0, 0, 0, null, 0, 0, 0, 0, null, null));
    }

    @Test
    void theProgressTabShowsEachPartnersTrendWithTheClinicalBand() {
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        UUID episode = couple.openEpisode().orElseThrow().id();
        LocalDate day = LocalDate.of(2026, 1, 5);
        ReportingTestData.publish(context, List.of(
                new MeasureCompleted(UUID.randomUUID(), couple.id(), couple.partnerA().personId(), episode, "CSI-16", 40, true, day),
                new MeasureCompleted(UUID.randomUUID(), couple.id(), couple.partnerA().personId(), episode, "CSI-16", 55, false,
                        day.plusWeeks(8)),
                new MeasureCompleted(UUID.randomUUID(), couple.id(), couple.partnerB().personId(), episode, "CSI-16", 47, true, day)));
        TestAccounts.signIn(context, therapist.username());

        Component tab = context.getBean(ProgressTab.class).content(couple.id());

        Chart trend = (Chart) tab.getChildren().filter(Numbers.class::isInstance).findFirst().map(n -> ((Numbers) n).chart)
                .orElseThrow();
        assertThat(series(trend)).extracting(line -> line.get("name"))
                .containsExactly(couple.partnerA().displayName(), couple.partnerB().displayName());
        assertThat(series(trend).get(0).get("data")).isEqualTo(List.of(40, 55));
        assertThat(series(trend).get(1).get("data")).isEqualTo(java.util.Arrays.asList(47, null));
        assertThat(series(trend).get(0).get("markArea").toString()).contains("yAxis=51.5").contains("Clinical range");
        assertThat(tab.getElement().getTextRecursively()).contains("Too few measures to classify (1)")
                .contains("Not classified: no norms yet (").contains("more baselines needed)");

        TestAccounts.signIn(context, "frontdesk");
        assertThat(catchThrowable(() -> reports.progress(couple.id()))).isInstanceOf(AccessDeniedException.class);
    }
}
