package org.imagoclinic.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The intake form's checks: next to each field, the confirm step for a known person, nothing lost or half-written. */
@ClinicIntegrationTest
class NewCoupleViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDateOfBirthSaysItsFormAndReadsTheCommonOnesRefusingWhatCouldBeTwoDays() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(NewCoupleView.class);
        TextField born = field("Date of birth");
        assertThat(born.getHelperText()).isEqualTo("Day/month/year, e.g. 14/03/1986, or 1986-03-14");

        test(born).setValue("3/14/1986");
        assertThat(born.isInvalid()).isFalse();
        assertThat(born.getValue()).as("shown as read, in the clinic's style").isEqualTo("14/03/1986");
        test(born).setValue("3/4/1986");
        test($(Button.class).withText("Next").single()).click();
        assertThat(born.getErrorMessage()).isEqualTo("3/4/1986 could be 3 April 1986 or 4 March 1986: write it as "
                + "03/04/1986 or as 1986-04-03 (year-month-day).");
        test(born).setValue("30/02/1986");
        assertThat(born.getErrorMessage()).isEqualTo("There is no such day: check the day and the month of 30/02/1986.");
    }

    @Test
    void aStepWithMistakesSaysWhatIsWrongNextToEachFieldAndStaysPut() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(NewCoupleView.class);

        test(field("First name")).setValue("Robin");
        test(field("Date of birth")).setValue("01/01/1890");
        test(field("Email")).setValue("robin at home");
        test($(Button.class).withText("Next").single()).click();

        assertThat(field("Last name").getErrorMessage()).isEqualTo("Enter the last name.");
        assertThat(field("Date of birth").getErrorMessage())
                .isEqualTo("Check the year: that is more than 120 years ago.");
        assertThat(field("Email").getErrorMessage()).isEqualTo("This is not an email address; it looks like name@example.org.");
        assertThat(field("First name").getValue()).isEqualTo("Robin");
        assertThat($(Button.class).withText("Register couple").exists()).as("on the last step").isFalse();
    }

    @Test
    void someoneComingBackWithANewPartnerIsLinkedAfterTheConfirmStep() {
        TestAccounts.signIn(context, "frontdesk");
        String surname = TestCouples.uniqueName();
        Couple earlier = couples.register(TestCouples.registration(surname, TestCouples.uniqueName(), null));
        String newPartner = TestCouples.uniqueName();
        navigate(NewCoupleView.class);

        fillPartner("Alex", surname, LocalDate.of(1985, 3, 14), "alex.again@example.org");
        test($(Button.class).withText("Next").single()).click();
        Dialog confirm = $(Dialog.class).single();
        assertThat(confirm.getHeaderTitle()).isEqualTo("Is Partner A someone the clinic already knows?");
        test($(Button.class).withText("Yes, this is them").single()).click();
        fillPartner("Kim", newPartner, LocalDate.of(1990, 5, 5), "kim." + newPartner + "@example.org");
        test($(Button.class).withText("Next").single()).click();
        fillRelationshipAndGoToTheEnd();
        test($(Button.class).withText("Register couple").single()).click();

        Couple now = couples.get(couples.find(CoupleQuery.byName(newPartner), 0, 1).getFirst().id());
        assertThat(now.partnerA().personId()).isEqualTo(earlier.partnerA().personId());
        assertThat(now.partnerA().details().email()).isEqualTo("alex.again@example.org");
        assertThat(jdbc.queryForObject("select count(*) from clients.person where last_name = ?", Integer.class, surname))
                .isEqualTo(1);
    }

    @Test
    void aRefusedRegistrationKeepsEveryFieldFilledAndWritesNothing() {
        var therapist = TestAccounts.staff(context, "same", org.imagoclinic.security.Roles.THERAPIST);
        TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
        String surname = TestCouples.uniqueName();
        navigate(NewCoupleView.class);
        fillPartner("Robin", surname, LocalDate.of(1980, 1, 1), "robin." + surname + "@example.org");
        test($(Button.class).withText("Next").single()).click();
        fillPartner("Kim", surname, LocalDate.of(1982, 2, 2), "kim." + surname + "@example.org");
        test($(Button.class).withText("Next").single()).click();
        fillRelationshipAndGoToTheEnd();
        String name = context.getBean(org.imagoclinic.clients.internal.TherapistRoster.class).nameOf(therapist.staffId());
        test(combo("Primary therapist")).selectItem(name);
        test(combo("Co-therapist")).selectItem(name);

        test($(Button.class).withText("Register couple").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewCoupleView.class);
        assertThat(combo("Co-therapist").getErrorMessage())
                .isEqualTo("The co-therapist must be someone other than the primary therapist.");
        assertThat(combo("Primary therapist").getValue()).isEqualTo(therapist.staffId());
        test($(Button.class).withText("Back").single()).click();
        test($(Button.class).withText("Back").single()).click();
        test($(Button.class).withText("Back").single()).click();
        test($(Button.class).withText("Back").single()).click();
        assertThat(field("First name").getValue()).isEqualTo("Kim");
        assertThat(field("Email").getValue()).isEqualTo("kim." + surname + "@example.org");
        assertThat(jdbc.queryForObject("select count(*) from clients.person where last_name = ?", Integer.class, surname))
                .isZero();
    }

    @Test
    void aTherapistRegisteringACoupleLeavesTheTherapistsToTheFrontDesk() {
        var therapist = TestAccounts.staff(context, "reg", org.imagoclinic.security.Roles.THERAPIST);
        TestAccounts.signIn(context, therapist.username());
        String surname = TestCouples.uniqueName();
        navigate(NewCoupleView.class);
        fillPartner("Robin", surname, LocalDate.of(1980, 1, 1), "robin." + surname + "@example.org");
        test($(Button.class).withText("Next").single()).click();
        fillPartner("Kim", TestCouples.uniqueName(), LocalDate.of(1982, 2, 2), "kim." + surname + "@example.org");
        test($(Button.class).withText("Next").single()).click();
        test($(com.vaadin.flow.component.textfield.IntegerField.class).withLabel("Together since (year)").single())
                .setValue(2012);
        fillRelationshipAndGoToTheEnd();

        assertThat($(ComboBox.class).withLabel("Primary therapist").exists()).isFalse();
        assertThat($(Paragraph.class).withText("The front desk assigns the couple's therapists, which opens their "
                + "episode of care; the therapist then records the suitability screen.").exists()).isTrue();
        test($(Button.class).withText("Register couple").single()).click();

        Couple registered = couples.get(couples.find(CoupleQuery.byName(surname), 0, 1).getFirst().id());
        assertThat(registered.openEpisode()).isEmpty();
        assertThat(registered.relationship().togetherSinceMonthKnown()).as("month not known").isFalse();
        assertThat(registered.relationship().togetherSinceText()).isEqualTo("2012");
    }

    private void fillRelationshipAndGoToTheEnd() {
        @SuppressWarnings("unchecked")
        Select<Object> status = $(Select.class).withLabel("Relationship status").single();
        test(status).selectItem("Dating");
        test($(RadioButtonGroup.class).withLabel("Confidentiality policy").single()).selectItem(
                "Confidential individual sessions: What one partner says in an individual session stays between them "
                        + "and the therapist.");
        for (int step = 0; step < 3; step++) {
            test($(Button.class).withText("Next").single()).click();
        }
    }

    private void fillPartner(String first, String last, LocalDate born, String email) {
        test(field("First name")).setValue(first);
        test(field("Last name")).setValue(last);
        test(field("Date of birth")).setValue(born.toString());
        test(field("Email")).setValue(email);
    }

    private TextField field(String label) {
        return $(TextField.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<java.util.UUID> combo(String label) {
        return $(ComboBox.class).withLabel(label).single();
    }
}
