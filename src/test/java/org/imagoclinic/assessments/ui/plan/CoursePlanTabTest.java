package org.imagoclinic.assessments.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Duration;
import java.util.List;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.NotFoundException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.StaticParts;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The couple page's "Course plan" tab: a therapist writes the plan from the couple's vision, a refusal
 * shows at its field; once its review day has passed, the plan is on the supervisor's home page.
 */
@ClinicIntegrationTest
class CoursePlanTabTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theTherapistWritesThePlanFromTheVisionARefusalShowsAtItsFieldAndTheSupervisorSeesItWhenOverdue() {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff supervisor = clinic.supervisor();
        TestStaff therapist = clinic.supervisee(supervisor);
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        clinic.as(therapist.username(), () -> context.getBean(ImagoRecords.class).record(couple.id(), new NewImagoRecord<>(
                null, null, null, new RelationshipVision(List.of(new RelationshipVision.Statement("We laugh together every day.",
                1, false))))));
        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("couples/" + couple.id());
        test($(TabSheet.class).single()).select("Course plan");

        test($(Button.class).withId("edit-course-plan").single()).click();
        PlanEditor editor = $(PlanEditor.class).single();
        PlanEditor.GoalRow row = editor.rows().getFirst();
        test(row.from).selectItem("Relationship vision: We laugh together every day.");
        assertThat(row.goal.getValue()).isEqualTo("We laugh together every day.");
        test(editor.save).click();

        assertThat(row.target.isInvalid()).isTrue();
        assertThat(row.target.getErrorMessage()).contains("what will show");
        assertThat(clinic.as(therapist.username(), () -> {
            try {
                return context.getBean(CoursePlans.class).planOf(couple.id());
            } catch (NotFoundException none) {
                return null;
            }
        })).as("nothing saved").isNull();

        test(row.target).setValue("Laughing together on most days of the week");
        test(editor.save).click();
        assertThat($(PlanEditor.class).all()).isEmpty();
        assertThat($(Grid.class).withId("course-plan-goals").single().getGenericDataView().getItems()
                .map(goal -> ((CoursePlan.Goal) goal).target())).containsExactly("Laughing together on most days of the week");
        assertThat($(Paragraph.class).withId("course-plan-next-review").single().getText()).startsWith("Next review: ");
        assertThat($(Button.class).withId("review-course-plan").all()).hasSize(1);

        TestClinicClock.advance(Duration.ofDays(35));
        TestAccounts.signIn(context, supervisor.username());
        UI.getCurrent().navigate("");
        assertThat(StaticParts.byId("plans-overdue").orElseThrow().text()).contains("Course plans overdue for review")
                .contains(couple.displayName());
    }
}
