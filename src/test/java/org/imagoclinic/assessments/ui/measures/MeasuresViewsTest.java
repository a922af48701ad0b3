package org.imagoclinic.assessments.ui.measures;

import org.imagoclinic.assessments.ui.forms.MeasureForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.imagoclinic.assessments.AdministrationRequest;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.ui.components.Chart;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.StaticParts;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The couple page's Measures tab, the kiosk screen, the norms page and the home page's measures due, browserless. */
@ClinicIntegrationTest
class MeasuresViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeasureAdministrations administrations;

    @Test
    void anIncompleteFormSaysWhichItemIsMissingNextToItKeepsTheAnswersAndSavesNothing() {
        var therapist = TestAccounts.staff(context, "tab", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        openMeasuresTab(couple);

        test(select("Partner")).selectItem(couple.partnerA().displayName());
        test(select("Instrument")).selectItem("Couples Satisfaction Index (4 items)");
        MeasureForm form = $(MeasureForm.class).single();
        assertThat(form.answers()).as("nothing pre-selected").containsOnlyNulls().hasSize(4);
        test(form.item(1)).selectItem("Happy");
        test(form.item(3)).selectItem("Mostly");
        test(form.item(4)).selectItem("Completely");
        test($(Button.class).withText("Save the answers").single()).click();

        assertThat(form.item(2).isInvalid()).isTrue();
        assertThat(form.item(2).getErrorMessage()).isEqualTo("Item 2 has no answer.");
        assertThat(form.item(1).isInvalid()).isFalse();
        assertThat(form.answers()).containsExactly(3, null, 3, 5);
        assertThat(rows(couple)).isZero();

        test(form.item(2)).selectItem("Almost completely true");
        test($(Button.class).withText("Save the answers").single()).click();

        assertThat(rows(couple)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<org.imagoclinic.assessments.Administration> list = $(Grid.class).single();
        assertThat(test(list).size()).isEqualTo(1);
        assertThat(test(list).getRow(0).score()).isEqualTo(3 + 4 + 3 + 5);
        assertThat(test(list).getCellText(0, 4)).as("15 is above the CSI-4 cut-off 13.5").isEmpty();
    }

    @Test
    void theCsi16IsRenderedAsPrintedWithEachSemanticDifferentialAsSixChoicesBetweenItsWords() {
        var therapist = TestAccounts.staff(context, "print", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        openMeasuresTab(couple);

        test(select("Instrument")).selectItem("Couples Satisfaction Index (16 items)");
        MeasureForm form = $(MeasureForm.class).single();

        assertThat(form.answers()).hasSize(16).containsOnlyNulls();
        assertThat(test(form.item(2)).getSelected()).isNull();
        var item2 = form.item(2);
        assertThat(item2.getListDataView().getItems().map(item2.getItemLabelGenerator()).toList())
                .containsExactly("All the time", "Most of the time", "More often than not", "Occasionally", "Rarely", "Never");
        var item11 = form.item(11);
        assertThat(item11.getListDataView().getItems().map(item11.getItemLabelGenerator()).toList())
                .containsExactly("1", "2", "3", "4", "5", "6");
        var row = item11.getParent().orElseThrow();
        assertThat(row.getChildren().map(child -> child.getElement().getText()).toList())
                .containsExactly("11. How do you feel about your relationship?", "INTERESTING", "", "BORING");
        assertThat(item11.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).endsWith("INTERESTING to BORING"));
        assertThat(item2.getThemeNames()).as("answers side by side, not a tall list").doesNotContain("vertical");
    }

    @Test
    void eachPartnersTrendHasTheClinicalRangeBandAndTheNormsSayWhyNoClassIsGiven() {
        var therapist = TestAccounts.staff(context, "trend", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        var alex = couple.partnerA().personId();
        administrations.record(couple.id(), new AdministrationRequest("CSI-16", alex, LocalDate.now(TestClinicClock.clinic()).minusDays(56),
                List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        administrations.record(couple.id(), new AdministrationRequest("CSI-16", alex, LocalDate.now(TestClinicClock.clinic()),
                List.of(6, 0, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0)));

        openMeasuresTab(couple);

        Chart chart = $(Chart.class).id("trend-" + alex);
        @SuppressWarnings("unchecked")
        Map<String, Object> series = ((List<Map<String, Object>>) chart.getOption().get("series")).getFirst();
        LocalDate today = LocalDate.now(TestClinicClock.clinic());
        assertThat(series.get("data")).as("each score at its day, on a time axis").isEqualTo(List.of(
                List.of(today.minusDays(56).toString(), 25), List.of(today.toString(), 81)));
        assertThat(chart.getOption().get("xAxis").toString()).contains("type=time");
        assertThat(series.get("markArea").toString()).contains("Clinical range (below 51.5)").contains("yAxis=51.5");
        assertThat($(Paragraph.class).id("outcome-" + alex).getText()).contains("baseline 25").contains("now 81");
        assertThat($(Paragraph.class).withClassName("no-classification").single().getText())
                .startsWith("No classification yet").contains("more baselines needed");
        assertThat($(Paragraph.class).id("couple-outcome-CSI-16").getText()).isEqualTo("Couple: not classified");
        assertThat($(Paragraph.class).withClassName("norms-used").single().getText()).isEqualTo("Norms used: none yet.");
    }

    @Test
    void theFrontDeskDoesNotSeeTheTabAndTheTherapistOpensAOneTimeKioskLink() {
        var therapist = TestAccounts.staff(context, "kio", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
        navigate("couples/" + couple.id(), com.vaadin.flow.component.Component.class);
        assertThat(tabTitles()).doesNotContain("Measures");

        TestAccounts.signIn(context, therapist.username());
        openMeasuresTab(couple);
        test(select("Partner")).selectItem(couple.partnerB().displayName());
        test(select("Instrument")).selectItem("Couples Satisfaction Index (4 items)");
        test($(Button.class).withText("Open a kiosk link").single()).click();
        String path = $(Anchor.class).id("kiosk-link").getHref();
        assertThat(path).startsWith("/kiosk/");

        SecurityContextHolder.clearContext();
        navigate(path.substring(1), KioskView.class);
        assertThat($(H2.class).id("kiosk-greeting").getText()).isEqualTo("Hello Sam");
        assertThat(StaticParts.menuLabels()).as("no menu").isEmpty();
        MeasureForm form = $(MeasureForm.class).single();
        test(form.item(1)).selectItem("Perfect");
        test(form.item(2)).selectItem("Completely true");
        test(form.item(3)).selectItem("Completely");
        test($(Button.class).withText("Send my answers").single()).click();
        assertThat(form.item(4).getErrorMessage()).isEqualTo("Item 4 has no answer.");
        assertThat(rows(couple)).isZero();

        test(form.item(4)).selectItem("Completely");
        test($(Button.class).withText("Send my answers").single()).click();

        assertThat($(H2.class).id("kiosk-end").getText()).isEqualTo("Thank you");
        assertThat($(Paragraph.class).id("kiosk-message").getText()).doesNotContain("21").doesNotContainIgnoringCase("score");
        assertThat(rows(couple)).isEqualTo(1);
        navigate(path.substring(1), KioskView.class);
        assertThat($(H2.class).id("kiosk-end").getText()).isEqualTo("This link can't be used");
        assertThat($(MeasureForm.class).exists()).isFalse();
    }

    @Test
    void theNormsPageSaysWhichNormsAreInUseAndHowManyMoreBaselinesTheClinicsOwnNeed() {
        TestAccounts.signIn(context, "admin");
        navigate(NormsView.class);
        NormsView.InstrumentNorms csi4 = $(NormsView.InstrumentNorms.class).id("norms-CSI-4");

        assertThat(csi4.current.getText()).startsWith("In use today: none yet. No published norms are entered for CSI-4")
                .contains("more baselines needed");
        assertThat(csi4.clinicFigures.getText()).startsWith("clinic sample, n = ")
                .contains("more baselines needed before they are used");
        assertThat(csi4.freeze.getText()).isEqualTo("Freeze CSI-4 clinic figures");
        assertThat(csi4.freeze.isEnabled()).as("too few baselines to freeze").isFalse();
        assertThat(test(csi4.history).size()).isPositive();
    }

    @Test
    void anAdministratorIsToldNextToTheFieldWhenNormsMakeNoSense() {
        TestAccounts.signIn(context, "admin");
        navigate(NormsView.class);
        NormsView.InstrumentNorms csi4 = $(NormsView.InstrumentNorms.class).id("norms-CSI-4");

        test(csi4.sd).setValue("-2");
        test(csi4.reliability).setValue("1.5");
        test($(Button.class).withText("Save CSI-4 norms").single()).click();

        assertThat(csi4.sd.isInvalid()).isTrue();
        assertThat(csi4.sd.getErrorMessage()).contains("positive");
        assertThat(csi4.reliability.getErrorMessage()).contains("between 0 and 1");
        assertThat(csi4.source.getErrorMessage()).contains("publication");
        assertThat(csi4.sd.getValue()).as("the form stays filled").isEqualTo("-2");
        assertThat(jdbc.queryForObject("select count(*) from assessments.published_norms where instrument_code = 'CSI-4'",
                Integer.class)).isZero();
    }

    @Test
    void theTherapistsHomePageListsTheBaselineDueForANewCouple() {
        var therapist = TestAccounts.staff(context, "home", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());

        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            navigate("", com.vaadin.flow.component.Component.class);
            return StaticParts.byId("measures-due-panel").orElseThrow().text().contains(couple.displayName());
        });
        assertThat(StaticParts.byId("measures-due-panel").orElseThrow().select("li")).anySatisfy(item -> {
            assertThat(item.text()).contains(couple.displayName()).contains("Baseline measure at the first joint session");
            assertThat(item.selectFirst("a").attr("href")).as("the couple's name opens the couple")
                    .isEqualTo("couples/" + couple.id());
        });
    }

    private void openMeasuresTab(Couple couple) {
        navigate("couples/" + couple.id(), com.vaadin.flow.component.Component.class);
        test($(TabSheet.class).single()).select("Measures");
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(String label) {
        return $(Select.class).withLabel(label).single();
    }

    private int rows(Couple couple) {
        return jdbc.queryForObject("select count(*) from assessments.administration where couple_id = ?", Integer.class,
                couple.id());
    }

    private List<String> tabTitles() {
        TabSheet sheet = $(TabSheet.class).single();
        return IntStream.range(0, sheet.getTabCount()).mapToObj(i -> sheet.getTabAt(i).getLabel()).toList();
    }
}
