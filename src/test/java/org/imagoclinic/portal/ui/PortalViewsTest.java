package org.imagoclinic.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.clients.ScreeningHold;
import java.time.LocalDate;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.internal.TestPartners;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.TestClinicClock;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.QueryParameters;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalAccounts;
import org.imagoclinic.portal.ui.signin.PortalSignInView;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The front desk's Portal tab on the couple page, and the portal's sign-in page. */
@ClinicIntegrationTest
class PortalViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PortalAccountsTab tab;
    @Autowired
    PortalAccounts accounts;
    @Autowired
    HomePracticeTab practiceTab;
    @Autowired
    HomePractice practice;
    @Autowired
    Couples couples;

    @Test
    void theFrontDeskInvitesAPartnerSeesTheStatusAndDisablesTheAccountAfterAConfirmation() {
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(TestCouples.registration()));
        TestAccounts.signIn(context, "frontdesk");
        UI.getCurrent().add(tab.content(couple.id()));
        assertThat($(Span.class).id("portal-a-status").getText()).isEqualTo("Not invited.");

        test($(Button.class).id("portal-a-invite")).click();

        assertThat($(Span.class).id("portal-a-status").getText()).startsWith("Invited ")
                .contains(couple.partnerA().details().email()).endsWith("not signed in yet.");
        assertThat($(Span.class).id("portal-b-status").getText()).as("the other partner untouched").isEqualTo("Not invited.");
        test($(Button.class).id("portal-a-disable")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Span.class).id("portal-a-status").getText()).startsWith("Portal account disabled");
        assertThat(accounts.ofCouple(couple.id())).singleElement()
                .satisfies(account -> assertThat(account.status()).isEqualTo(PortalAccountStatus.DISABLED));
        assertThat($(Button.class).id("portal-a-invite").isVisible()).as("may be invited again").isTrue();
    }

    @Test
    void theTherapistReadsEachPartnersHomePracticeOfTheWeekOnTheCouplePage() {
        TestClinic clinic = new TestClinic(context);
        TestStaff lee = clinic.therapist();
        Couple couple = clinic.couple(lee.staffId());
        Authentication alex = TestPartners.signedIn(context, couple, couple.partnerA());
        SecurityContextHolder.getContext().setAuthentication(alex);
        practice.logDialogue(LocalDate.now(TestClinicClock.clinic()), 25);
        TestAccounts.signIn(context, lee.username());

        UI.getCurrent().add(practiceTab.content(couple.id()));

        assertThat($(UnorderedList.class).id("home-practice-a").getElement().getTextRecursively())
                .contains("Dialogue practice: 25 minutes");
        assertThat($(UnorderedList.class).id("home-practice-b").getElement().getTextRecursively())
                .isEqualTo("Nothing logged this week.");

        // the therapist shares Alex's own scores with Alex: Alex's questionnaire page shows them, Sam's doesn't
        assertThat($(Checkbox.class).id("own-trend-a").getValue()).as("off by default").isFalse();
        test($(Checkbox.class).id("own-trend-a")).click();
        SecurityContextHolder.getContext().setAuthentication(alex);
        UI.getCurrent().navigate("portal/measures");
        assertThat($(Paragraph.class).id("own-trend-cutoff").getText()).startsWith("The clinic uses 51.5 as a guide: below 51.5");
        assertThat($(UnorderedList.class).id("own-trend-scores").getElement().getTextRecursively()).isEqualTo("No answers yet.");
        SecurityContextHolder.getContext().setAuthentication(TestPartners.signedIn(context, couple, couple.partnerB()));
        UI.getCurrent().navigate("portal/measures");
        assertThat($(UnorderedList.class).withId("own-trend-scores").exists()).as("not shared with Sam").isFalse();
    }

    @Test
    void aPartnerAnswersTheSafetyQuestionsAndSignsAConsentOnTheirPhone() {
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(TestCouples.registration()));
        SecurityContextHolder.getContext().setAuthentication(TestPartners.signedIn(context, couple, couple.partnerB()));
        UI.getCurrent().navigate("portal/screen");

        test($(Button.class).id("screen-send")).click();
        RadioButtonGroup<RiskStatus> violence = $(RadioButtonGroup.class).id("screen-violence");
        assertThat(violence.isInvalid()).as("refused next to the question").isTrue();
        test(violence).selectItem("No");
        test($(RadioButtonGroup.class).id("screen-control")).selectItem("Yes, now");
        test($(RadioButtonGroup.class).id("screen-affair")).selectItem("No");
        test($(RadioButtonGroup.class).id("screen-substance")).selectItem("No");
        test($(Button.class).id("screen-send")).click();
        assertThat($(Paragraph.class).id("screen-sent").getText()).startsWith("Thank you. Your answers are with your therapist");
        assertThat($(RadioButtonGroup.class).exists()).as("no answer shown again").isFalse();

        UI.getCurrent().navigate("portal/consents");
        test($(TextField.class).id("consent-name-treatment")).setValue("Sam Example");
        test($(Button.class).id("consent-sign-treatment")).click();
        assertThat($(UnorderedList.class).id("consents-signed").getElement().getTextRecursively())
                .contains("version 1: signed as \"Sam Example\"").contains("PDF");
        assertThat(TestCouples.asFrontDesk(context, () -> couples.get(couple.id())).screeningHold())
                .isEqualTo(ScreeningHold.REVIEW_PENDING);
    }

    @Test
    void theSignInPageExplainsAUsedLinkAndRefusesAnEmptyAddressNextToTheField() {
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("portal/signin", QueryParameters.of("link", "used"));
        assertThat($(PortalSignInView.class).single().isVisible()).isTrue();
        assertThat($(Paragraph.class).id("portal-signin-explanation").getText()).contains("was used already");

        test($(Button.class).id("portal-send-link")).click();

        EmailField email = $(EmailField.class).id("portal-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("Type the email address");
        test(email).setValue("someone-new@example.org");
        test($(Button.class).id("portal-send-link")).click();
        assertThat($(Paragraph.class).id("portal-link-sent").getText()).contains("If this address belongs to a portal account")
                .contains("15 minutes");
    }
}
