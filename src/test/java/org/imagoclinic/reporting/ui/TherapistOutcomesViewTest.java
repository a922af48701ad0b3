package org.imagoclinic.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.imagoclinic.reporting.ReportingTestData;
import org.imagoclinic.reporting.TherapistOutcomes;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ui.components.Chart;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard page on the hand-built caseload of 2025 (one therapist: 3 of 6 partners improved, 1 of
 * 2 endings a drop-out): the therapist's point in the funnel, and a figure that lists its couples for
 * a supervisor but is plain text for an administrator.
 */
@ClinicIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TherapistOutcomesViewTest extends SpringBrowserlessTest {

    private static final int DROP_OUT_COLUMN = 5;

    @Autowired
    ApplicationContext context;

    TestStaff therapist;

    @BeforeAll
    void aCaseloadOfOurOwn() {
        therapist = TestAccounts.staff(context, "funnel", Roles.THERAPIST);
        ReportingTestData.publishHandBuiltClinic(context, therapist.staffId());
    }

    /** Shows 2025 as {@code username} with CSI-16 norms SD 10, r .91, and runs the checks before rolling the norms back. */
    private void show2025As(String username, Runnable checks) {
        ReportingTestData.withTestNorms(context, username, () -> {
            navigate(TherapistOutcomesView.class);
            $(DatePicker.class).withLabel("From").single().setValue(LocalDate.of(2025, 1, 1));
            $(DatePicker.class).withLabel("To").single().setValue(LocalDate.of(2025, 12, 31));
            test($(Button.class).withText("Show").single()).click();
            checks.run();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private int ourRow() {
        Grid<TherapistOutcomes> grid = $(Grid.class).single();
        return IntStream.range(0, test(grid).size())
                .filter(i -> therapist.staffId().equals(test(grid).getRow(i).therapistId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Component cell(int row, int column) {
        return test((Grid<TherapistOutcomes>) $(Grid.class).single()).getCellComponent(row, column);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorSeesTheTherapistInTheFunnelAndListsTheCouplesBehindAFigure() {
        show2025As("supervisor", () -> {
            int row = ourRow();
            String name = ((Grid<TherapistOutcomes>) $(Grid.class).single()).getListDataView().getItem(row).name();
            Chart partners = $(Chart.class).first();
            List<Map<String, Object>> series = (List<Map<String, Object>>) partners.getOption().get("series");
            assertThat((List<Object>) series.getFirst().get("data"))
                    .contains(Map.of("name", name, "value", List.of(6, 0.5)));
            assertThat(series).extracting(line -> line.get("name")).contains("95 % limits", "99.8 % limits");
            assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText())
                    .contains("Classes from the norms: CSI-16").contains("published norms: Test norms, 2025"));

            Component dropOut = cell(row, DROP_OUT_COLUMN);
            assertThat(dropOut).isInstanceOf(Button.class);
            assertThat(((Button) dropOut).getText()).startsWith("1 of 2 · 50 %");
            test((Button) dropOut).click();

            assertThat($(H3.class).last().getText()).isEqualTo("Drop-out · " + name + ": " + ((Button) dropOut).getText());
            assertThat($(Paragraph.class).last().getText())
                    .isEqualTo("2 more couples behind this figure are outside your care team and are not named here.");
        });
    }

    @Test
    void anAdministratorSeesTheFiguresAsPlainTextWithCountsBelowFiveSuppressed() {
        show2025As("admin", () -> {
            Component dropOut = cell(ourRow(), DROP_OUT_COLUMN);
            assertThat(dropOut).isInstanceOf(Span.class);
            // a supervisor reads "1 of 2 · 50 %"
            assertThat(((Span) dropOut).getText()).startsWith("fewer than 5 of fewer than 5 · –");
        });
    }
}
