package org.imagoclinic.assessments.ui.imago;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless: the session note's fields have the API's size for free text, and a draft refused for
 * its size shows the service's words next to the part that is too long, with nothing saved.
 */
@ClinicIntegrationTest
class NoteFormLimitsUiTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SessionNotes notes;

    @Test
    void aPlanLongerThanFreeTextAllowsIsRefusedNextToThePlan() {
        ImagoTestClinic clinic = new ImagoTestClinic(context, "admin");
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId(), ConfidentialityPolicy.NO_SECRETS);
        clinic.completedSession(couple, therapist, true);
        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().navigate("couples/" + couple.id());
        test($(TabSheet.class).single()).select("Imago work");
        NotesPart part = $(NotesPart.class).single();
        test(part.write).click();
        NoteDialog dialog = $(NoteDialog.class).single();

        assertThat(dialog.content.getMaxLength()).isEqualTo(InputLimits.TEXT);
        assertThat(dialog.plan.getMaxLength()).isEqualTo(InputLimits.TEXT);
        assertThat(dialog.processNote.getMaxLength()).isEqualTo(InputLimits.TEXT);
        test(dialog.content).setValue("Practised mirroring.");
        dialog.plan.setValue("P".repeat(InputLimits.TEXT + 1));
        test($(Button.class).withText("Save draft").single()).click();

        assertThat(dialog.plan.isInvalid()).isTrue();
        assertThat(dialog.plan.getErrorMessage()).isEqualTo("Keep the plan to 10,000 characters or fewer (it has 10,001).");
        assertThat(dialog.content.isInvalid()).isFalse();
        assertThat(clinic.as(therapist.username(), () -> notes.notesOf(couple.id(), null, false)))
                .allMatch(note -> note.draft().plan() == null);
    }
}
