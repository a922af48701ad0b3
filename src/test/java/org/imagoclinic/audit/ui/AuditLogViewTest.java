package org.imagoclinic.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditNames;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
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
        assertThat($(Anchor.class).withCondition(link -> link.getElement().hasAttribute("download")).single().getHref())
                .isNotBlank();
    }

    @Test
    void anAdministratorFindsACoupleByNameAndEntriesNamePeopleAndRecords() {
        TestStaff therapist = TestAccounts.named(context, "audited", null, "Priya", "Shah", null, Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        AuditActor actor = new AuditActor(null, therapist.staffId(), therapist.username(), Set.of("THERAPIST"));
        trail.record(AuditRecord.allowed(AuditAction.VIEW, "SessionNote", "n1").ofCouple(couple.id()), actor);
        trail.record(AuditRecord.allowed(AuditAction.UPDATE, "StaffMember", therapist.staffId()), actor);
        TestAccounts.signIn(context, "admin");
        navigate(AuditLogView.class);

        @SuppressWarnings("unchecked")
        ComboBox<AuditNames.NamedCouple> filter = $(ComboBox.class).withLabel("Couple").single();
        String lastName = couple.displayName().split(" ")[0];
        @SuppressWarnings({"unchecked", "rawtypes"})
        com.vaadin.flow.data.provider.DataProvider<AuditNames.NamedCouple, String> byName =
                (com.vaadin.flow.data.provider.DataProvider) filter.getDataProvider();
        AuditNames.NamedCouple found = byName.fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, null, null, lastName))
                .filter(named -> named.id().equals(couple.id())).findFirst().orElseThrow();
        filter.setValue(found);

        @SuppressWarnings("unchecked")
        Grid<AuditLogEntry> grid = $(Grid.class).single();
        AuditLogView view = (AuditLogView) getCurrentView();
        List<AuditLogEntry> rows = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow).toList();
        assertThat(rows).isNotEmpty().allSatisfy(entry -> assertThat(entry.coupleId()).isEqualTo(couple.id()));
        assertThat(rows).filteredOn(entry -> "SessionNote".equals(entry.subjectType())).singleElement()
                .satisfies(entry -> {
                    assertThat(view.who(entry)).isEqualTo("Priya Shah (" + therapist.username() + ")");
                    assertThat(view.record(entry)).isEqualTo("SessionNote n1 of couple " + couple.displayName());
                });

        filter.clear();
        test($(TextField.class).withLabel("Person").single()).setValue(therapist.username());
        List<String> records = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> view.record(test(grid).getRow(i))).toList();
        assertThat(records).contains("staff member Priya Shah").noneMatch(text -> text.contains(therapist.staffId().toString()));
    }

    @Test
    void aTherapistCannotOpenTheAuditTrail() {
        TestAccounts.signIn(context, "therapist");

        Throwable refused = catchThrowable(() -> navigate(AuditLogView.class));

        assertThat(refused != null || !(getCurrentView() instanceof AuditLogView)).isTrue();
    }
}
