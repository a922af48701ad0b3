package org.imagoclinic.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The whole intake, browserless: the front desk registers a couple in steps and assigns the
 * therapist; the therapist screens them, the flag holds joint work, the decision lifts it, treatment
 * starts and, in the end, the episode closes with a reason.
 */
@ClinicIntegrationTest
class IntakeJourneyTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    TherapistRoster roster;

    @Test
    void fromTheFrontDeskToTheEndOfTheEpisode() {
        TestStaff therapist = TestAccounts.staff(context, "journey", Roles.THERAPIST);
        TestCouples.caredForBy(context, therapist.staffId());   // so that the front desk's picker knows them
        String smith = TestCouples.uniqueName();
        String jones = TestCouples.uniqueName();
        TestAccounts.signIn(context, TestAccounts.staff(context, "desk", Roles.FRONT_DESK).username());

        navigate(NewCoupleView.class);
        fillPartner("Alex", smith, LocalDate.of(1985, 3, 14), "alex." + smith + "@example.org");
        next();
        fillPartner("Sam", jones, LocalDate.of(1987, 9, 2), "sam." + jones + "@example.org");
        next();
        test(select("Relationship status")).selectItem("Married or civil partners");
        test($(TextField.class).withLabel("Referred by").single()).setValue("GP");
        test($(RadioButtonGroup.class).withLabel("Confidentiality policy").single())
                .selectItem("No secrets: What one partner says in an individual session may be brought into joint work.");
        next();
        test($(TextArea.class).withLabel("Presenting concerns").single()).setValue("We argue about the same things.");
        test(select("Life stage that brought them")).selectItem("Transition: a baby");
        next();
        assertThat($(Checkbox.class).id("consent-treatment-a").getLabel()).as("labelled on screen").isEqualTo("Partner A");
        test($(Checkbox.class).id("consent-treatment-a")).click();
        test($(Checkbox.class).id("consent-treatment-b")).click();
        next();
        @SuppressWarnings("unchecked")
        ComboBox<UUID> primary = $(ComboBox.class).withLabel("Primary therapist").single();
        test(primary).selectItem(roster.nameOf(therapist.staffId()));
        test($(Button.class).withText("Register couple").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CoupleView.class);
        assertThat($(H2.class).id("couple-name").getText()).isEqualTo(smith + " & " + jones);
        assertThat(tabTitles()).containsExactly("Overview", "Partners", "Consents", "Episodes", "Sessions", "Messages", "Billing",
                "Portal", "Signed consents", "Record requests");
        Couple couple = couples.get(couples.find(CoupleQuery.byName(smith), 0, 1).getFirst().id());
        assertThat(couple.openEpisode()).hasValueSatisfying(open -> {
            assertThat(open.status()).isEqualTo(EpisodeStatus.INTAKE);
            assertThat(open.primaryTherapistId()).isEqualTo(therapist.staffId());
        });
        assertThat(couple.consentInForce(ConsentKind.TREATMENT, PartnerSlot.B)).isPresent();

        TestAccounts.signIn(context, therapist.username());
        navigate("couples/" + couple.id(), CoupleView.class);
        assertThat(tabTitles()).containsExactly("Overview", "Partners", "Intake", "Consents", "Screening", "Episodes", "Sessions",
                "Imago work", "Notes", "Measures", "Course plan", "Progress", "Messages", "Billing", "Portal", "Intake at home",
                "Home practice", "Signed consents", "Record requests");
        test($(TabSheet.class).single()).select("Screening");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("screening-hold").getText())
                .isEqualTo("On hold: not screened yet");
        screen(couple.partnerB().displayName(), "None");
        assertThat($(Paragraph.class).id("screen-meaning").getText()).contains("joint work may go ahead");
        test($(Button.class).withText("Save screen").single()).click();
        assertThat($(Paragraph.class).id("screening-status").getText()).contains("One partner screened so far");

        screen(couple.partnerA().displayName(), "Current");
        assertThat($(Paragraph.class).id("screen-meaning").getText()).contains("hold the couple in screening review");
        test($(Button.class).withText("Save screen").single()).click();

        assertThat($(Paragraph.class).id("screening-status").getText()).contains("Screening review");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("screening-hold").getText())
                .isEqualTo("On hold: screening review");
        test($(Button.class).withText("Record decision").single()).click();
        test($(RadioButtonGroup.class).withLabel("Decision").single()).selectItem("Proceed with joint work");
        test($(TextArea.class).withLabel("Reason").single()).setValue("Incident two years ago; safety plan agreed.");
        test($(Button.class).withText("Save decision").single()).click();
        assertThat($(Paragraph.class).id("screening-status").getText()).contains("Joint work approved");

        test($(TabSheet.class).single()).select("Episodes");
        test($(Button.class).withText("Start treatment").single()).click();
        test($(Button.class).withText("Start").single()).click();
        test($(Button.class).withText("Close episode").single()).click();
        test(select("How it ended")).selectItem("Completed");
        test($(TextArea.class).withLabel("Reason").single()).setValue("Goals met after twelve sessions.");
        test($(Button.class).withText("Close episode").last()).click();

        assertThat(couples.get(couple.id()).episodes().getFirst()).satisfies(episode -> {
            assertThat(episode.status()).isEqualTo(EpisodeStatus.CLOSED);
            assertThat(episode.closingReason()).isEqualTo("Goals met after twelve sessions.");
        });
    }

    @SuppressWarnings("unchecked")
    private void screen(String partner, String violence) {
        test($(Button.class).withText("Record a screen").single()).click();
        test($(RadioButtonGroup.class).withLabel("Whose answers (each partner is asked on their own)").single())
                .selectItem(partner);
        test($(RadioButtonGroup.class).withLabel("Intimate-partner violence").single()).selectItem(violence);
        test($(RadioButtonGroup.class).withLabel(
                "Coercive control (controlling, threatening or isolating behaviour by the other partner)").single())
                .selectItem("None");
        test($(RadioButtonGroup.class).withLabel("Affair").single()).selectItem("None");
        test($(RadioButtonGroup.class).withLabel("Substance dependence").single()).selectItem("None");
    }

    private void fillPartner(String first, String last, LocalDate born, String email) {
        test($(TextField.class).withLabel("First name").single()).setValue(first);
        test($(TextField.class).withLabel("Last name").single()).setValue(last);
        test($(TextField.class).withLabel("Date of birth").single()).setValue(born.toString());
        test($(TextField.class).withLabel("Email").single()).setValue(email);
    }

    private void next() {
        test($(Button.class).withText("Next").single()).click();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return $(Select.class).withLabel(label).single();
    }

    private java.util.List<String> tabTitles() {
        TabSheet sheet = $(TabSheet.class).single();
        return java.util.stream.IntStream.range(0, sheet.getTabCount()).mapToObj(i -> sheet.getTabAt(i).getLabel()).toList();
    }
}
