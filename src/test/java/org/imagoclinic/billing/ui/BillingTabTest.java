package org.imagoclinic.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.billing.Diagnosis;
import org.imagoclinic.billing.Invoice;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Money;
import org.imagoclinic.billing.PaymentMethod;
import org.imagoclinic.billing.internal.TestCharges;
import org.imagoclinic.billing.Payments;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The couple page's Billing tab: the front desk invoices and takes a payment; the couple's therapist
 * records a diagnosis; a stranger sees only a refusal.
 */
@ClinicIntegrationTest
class BillingTabTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BillingTab tab;
    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;

    @Test
    @SuppressWarnings("unchecked")
    void theFrontDeskIssuesAnInvoiceAndRecordsACashPaymentThatClearsTheBalance() {
        TestStaff therapist = TestAccounts.staff(context, "tabther", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        sessionCompleted(couple, therapist);
        TestAccounts.signIn(context, "frontdesk");
        navigate(AgingView.class);
        UI.getCurrent().add(tab.content(couple.id()));

        test($(Button.class).withText("Issue an invoice").single()).click();
        test($(Button.class).withText("Record a payment").single()).click();
        $(BigDecimalField.class).withLabel("Amount").single().setValue(new BigDecimal("165.00"));
        ((ComboBox<PaymentMethod>) $(ComboBox.class).withLabel("How").single()).setValue(PaymentMethod.CASH);
        test($(Button.class).withText("Record").single()).click();

        List<Invoice> issued = invoices.ofCouple(couple.id());
        assertThat(issued).singleElement().satisfies(invoice -> assertThat(invoice.outstanding()).isEqualTo(Money.ZERO));
        assertThat(payments.balanceOf(couple.id()).due()).isEqualTo(Money.ZERO);
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Due now: GBP 0.00",
                "Who pays: " + couple.partnerA().displayName() + " 50 % and " + couple.partnerB().displayName()
                        + " 50 % · individual sessions: each partner their own");
        assertThat(test((Grid<Invoice>) $(Grid.class).all().get(1)).size()).isEqualTo(1);
    }

    @Test
    void aTherapistOutsideTheCareTeamIsToldTheyMayNotSeeTheBalance() {
        TestStaff therapist = TestAccounts.staff(context, "tabther", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, TestAccounts.staff(context, "tabother", Roles.THERAPIST).username());
        UI.getCurrent().add(tab.content(couple.id()));

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(text -> text.contains("your own couples"));
        assertThat($(Button.class).withText("Record a payment").all()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCouplesTherapistRecordsADiagnosisAndAWrongCodeIsRefusedNextToItsField() {
        TestStaff therapist = TestAccounts.staff(context, "tabther", Roles.THERAPIST);
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        UI.getCurrent().add(tab.content(couple.id()));
        ((ComboBox<Partner>) $(ComboBox.class).withLabel("Partner").single()).setValue(couple.partnerA());
        TextField code = $(TextField.class).withLabel("ICD-10 code").single();

        test(code).setValue("63.0");
        test($(Button.class).withText("Record diagnosis").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("ICD-10");

        test(code).setValue("Z63.0");
        assertThat($(TextField.class).withLabel("Diagnosis").single().getValue())
                .isEqualTo("Problems in relationship with spouse or partner");
        test($(Button.class).withText("Record diagnosis").single()).click();
        assertThat(test((Grid<Diagnosis>) $(Grid.class).all().getLast()).size()).isEqualTo(1);
        assertThat($(Button.class).withText("Superbill").all()).isEmpty();
    }

    /** A 90-minute couple session yesterday, heard by billing as scheduling would publish it. */
    private void sessionCompleted(Couple couple, TestStaff therapist) {
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        TestCharges.heard(context, new SessionCompleted(UUID.randomUUID(), AppointmentKind.JOINT, couple.id(), List.of(),
                null, List.of(therapist.staffId()), start, start.plus(Duration.ofMinutes(90)), true, start));
    }
}
