package org.imagoclinic.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A report over a period with nothing in it says so, and what to try, instead of drawing an empty chart. */
@ClinicIntegrationTest
class ReportWithoutDataViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aPeriodWithoutSessionsShowsASentenceInsteadOfEmptyCharts() {
        TestAccounts.signIn(context, "supervisor");
        navigate(EngagementView.class);
        $(DatePicker.class).withLabel("From").single().setValue(LocalDate.of(2001, 1, 1));
        $(DatePicker.class).withLabel("To").single().setValue(LocalDate.of(2001, 6, 30));
        test($(Button.class).withText("Show").single()).click();

        Numbers attendance = $(Numbers.class).all().getFirst();
        assertThat(attendance.nothing.isVisible()).isTrue();
        assertThat(attendance.nothing.getText()).startsWith("No data in this period. Choose a longer period");
        assertThat(attendance.chart.isVisible()).isFalse();
        assertThat(attendance.toggle.isVisible()).isFalse();
        Numbers waitlist = $(Numbers.class).all().get(1);
        assertThat(waitlist.nothing.isVisible()).isTrue();
    }
}
