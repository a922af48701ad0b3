package org.imagoclinic.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@ClinicIntegrationTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail trail;

    @Test
    void aSupervisorFiltersTheTrailByPersonAndAction() {
        String who = "viewer-" + UUID.randomUUID().toString().substring(0, 6);
        AuditActor actor = new AuditActor(null, null, who, Set.of("THERAPIST"));
        trail.record(AuditRecord.allowed(AuditAction.VIEW, "SessionNote", "a"), actor);
        trail.record(AuditRecord.allowed(AuditAction.SIGN, "SessionNote", "a"), actor);
        TestAccounts.signIn(context, "supervisor");

        navigate(AuditLogView.class);
        test($(TextField.class).withLabel("Person").single()).setValue(who);
        @SuppressWarnings("unchecked")
        Grid<AuditLogEntry> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = $(ComboBox.class).withLabel("Action").single();
        test(action).selectItem("Signed");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).action()).isEqualTo(AuditAction.SIGN);
        assertThat($(Anchor.class).single().getHref()).isNotBlank();
    }

    @Test
    void aCoupleIdThatIsNotAnIdIsExplainedNextToTheField() {
        TestAccounts.signIn(context, "admin");
        navigate(AuditLogView.class);

        TextField couple = $(TextField.class).withLabel("Couple id").single();
        test(couple).setValue("Smith");

        assertThat(couple.isInvalid()).isTrue();
        assertThat(couple.getErrorMessage()).contains("couple id");
    }

    @Test
    void aTherapistCannotOpenTheAuditTrail() {
        TestAccounts.signIn(context, "therapist");

        Throwable refused = catchThrowable(() -> navigate(AuditLogView.class));

        assertThat(refused != null || !(getCurrentView() instanceof AuditLogView)).isTrue();
    }
}
