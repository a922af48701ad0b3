package org.imagoclinic.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.records.RecordRequestKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The couple page's "Record requests" tab: the front desk records a partner's request; the
 * administrator then finds it on their home page with its 30-day clock and the copy button on the tab,
 * for that partner only.
 */
@ClinicIntegrationTest
class RecordRequestsTabTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RecordRequestsTab tab;
    @Autowired
    OpenRequestsPanel panel;

    @Test
    @SuppressWarnings("unchecked")
    void aRequestRecordedAtTheFrontDeskOpensTheCopyToTheAdministratorForThatPartnerOnly() {
        TestStaff therapist = TestAccounts.staff(context, "tabrec", Roles.THERAPIST);
        Couple couple = TestCouples.unscreenedCaredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
        UI.getCurrent().add(tab.content(couple.id()));
        assertThat($(Anchor.class).all()).as("the front desk makes no copies").isEmpty();

        test($(Button.class).withText("Record a request").single()).click();
        ((Select<Partner>) $(Select.class).withLabel("Who asked").single()).setValue(couple.partnerB());
        ((Select<RecordRequestKind>) $(Select.class).withLabel("For what").single()).setValue(RecordRequestKind.PARTNER_COPY);
        test($(Button.class).withText("Record").single()).click();

        TestAccounts.signIn(context, "admin");
        UI.getCurrent().removeAll();
        UI.getCurrent().add(tab.content(couple.id()));
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .containsExactly("Copy of " + couple.partnerB().displayName() + "'s record");
        Component home = panel.content(new SignedInUser() {
            @Override
            public String username() {
                return "admin";
            }

            @Override
            public String displayName() {
                return "Administrator";
            }

            @Override
            public List<String> roleLabels() {
                return List.of("Administrator");
            }
        }).orElseThrow();
        assertThat(home.getElement().getOuterHTML()).contains(couple.id().toString())
                .contains(couple.partnerB().displayName() + ", a copy of their record, received")
                .contains("30 days left");
    }
}
