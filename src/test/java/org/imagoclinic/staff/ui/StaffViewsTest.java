package org.imagoclinic.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffExamples;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffQuery;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.StaticParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The administrators' staff pages, driven as a person would, without a browser. */
@ClinicIntegrationTest
class StaffViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void signInAsAdministrator() {
        TestAccounts.signIn(context, "admin");
    }

    @Test
    void anAdministratorAddsATherapistAndSeesTheOneTimePasswordOnce() throws Exception {
        String email = "nora.penn." + StaffExamples.unique() + "@example.org";
        navigate(NewStaffMemberView.class);

        fillPerson("Nora", "Penn", email);
        test($(CheckboxGroup.class).withLabel("Roles").single()).selectItem("Therapist");
        test(field("Credentials")).setValue("LMFT, Certified Imago Therapist");
        test($(ComboBox.class).withLabel("Discipline").single()).selectItem("Counselling");
        test($(TextField.class).withId("calendar-colour-hex").single()).setValue("#AA3366");
        click("Add staff member");

        Dialog dialog = $(Dialog.class).single();
        String username = $(Span.class, dialog).withId("new-sign-in-username").single().getText();
        String password = $(Span.class, dialog).withId("one-time-password").single().getText();
        assertThat(username).startsWith("npenn");
        assertThat($(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("must be changed at the first sign-in"));
        assertThat(apiSignIn(username, password)).isEqualTo(200);

        click("I have noted the password");
        assertThat(getCurrentView()).isInstanceOf(StaffMemberView.class);
        assertThat($(Dialog.class).all()).isEmpty();
        StaffMember added = directory.find(new StaffQuery(email, null), 0, 1).getFirst();
        assertThat(added.therapist().calendarColour()).isEqualTo("#aa3366");

        TestAccounts.signIn(context, username);
        navigate("", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("ChangePasswordView");
    }

    @Test
    void aBadValueIsExplainedNextToItsFieldAndNothingTypedIsLost() {
        String email = "otto.ray." + StaffExamples.unique() + "@example.org";
        navigate(NewStaffMemberView.class);
        fillPerson("Otto", "Ray", "otto.ray@example");
        test($(CheckboxGroup.class).withLabel("Roles").single()).selectItem("Supervisor");
        test($(TextField.class).withId("calendar-colour-hex").single()).setValue("blue");

        click("Add staff member");

        assertThat(field("Email").isInvalid()).isTrue();
        assertThat(field("Email").getErrorMessage()).isEqualTo("Enter a valid email address, e.g. name@clinic.org.");
        assertThat(field("Credentials").getErrorMessage()).startsWith("Enter the credentials");
        assertThat($(CalendarColourField.class).single().getErrorMessage()).contains("six hexadecimal digits");
        assertThat(field("First name").getValue()).isEqualTo("Otto");
        assertThat(field("Last name").getValue()).isEqualTo("Ray");
        assertThat(getCurrentView()).isInstanceOf(NewStaffMemberView.class);
        assertThat(directory.count(new StaffQuery("otto.ray", null))).isZero();

        test(field("Email")).setValue(email);
        test($(CheckboxGroup.class).withLabel("Roles").single()).deselectItem("Supervisor");
        click("Add staff member");
        assertThat(directory.count(new StaffQuery(email, null))).isOne();
    }

    @Test
    void anEmailAddressSomeoneElseHasIsRefusedNextToTheEmailField() {
        StaffMember existing = directory.add(StaffExamples.frontDesk("Pam", "Sol")).member();
        navigate(NewStaffMemberView.class);
        fillPerson("Pia", "Sol", existing.email().toUpperCase());

        click("Add staff member");

        assertThat(field("Email").isInvalid()).isTrue();
        assertThat(field("Email").getErrorMessage()).contains("already uses the email address");
        assertThat(field("First name").getValue()).isEqualTo("Pia");
        assertThat(getCurrentView()).isInstanceOf(NewStaffMemberView.class);
    }

    @Test
    void deactivatingAsksFirstThenTheyStayListedAsInactive() {
        StaffMember member = directory.add(StaffExamples.frontDesk("Quin", "Tate")).member();
        openPage(member);

        click("Deactivate");
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Deactivate Quin Tate?");
        test(confirm).cancel();
        assertThat(directory.get(member.id()).active()).isTrue();

        click("Deactivate");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(directory.get(member.id()).active()).isFalse();
        assertThat($(Span.class).withId("status").single().getText()).isEqualTo("Inactive");
        assertThat($(Button.class).withText("Deactivate").all()).isEmpty();
    }

    @Test
    void anAdministratorAssignsASupervisorAndSeesTheHistory() {
        StaffMember supervisee = directory.add(StaffExamples.therapist("Rita", "Udo", true)).member();
        StaffMember supervisor = directory.add(StaffExamples.supervisor("Sam", "Udo")).member();
        openPage(supervisee);

        click("Assign supervisor");
        Dialog dialog = $(Dialog.class).single();
        test($(ComboBox.class, dialog).withLabel("Supervisor").single()).selectItem(supervisor.displayName());
        test($(DatePicker.class, dialog).withLabel("From").single()).setValue(LocalDate.of(2026, 1, 5));
        test($(Button.class, dialog).withText("Assign").single()).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(directory.supervisionHistory(supervisee.id())).singleElement()
                .satisfies(link -> assertThat(link.supervisorId()).isEqualTo(supervisor.id()));
        Grid<?> history = $(Grid.class).withId("supervision-history").single();
        assertThat(test(history).size()).isOne();
        assertThat(test(history).getCellText(0, 0)).isEqualTo("Dr Sam Udo");
    }

    @Test
    void aPasswordResetIsConfirmedAndShowsTheNewOneTimePassword() throws Exception {
        StaffMember member = directory.add(StaffExamples.frontDesk("Tess", "Vik")).member();
        openPage(member);

        click("Reset password");
        test($(ConfirmDialog.class).single()).confirm();

        String password = $(Span.class).withId("one-time-password").single().getText();
        assertThat(apiSignIn(member.username(), password)).isEqualTo(200);
        click("I have noted the password");
    }

    @Test
    void aLockedSignInIsUnlockedAfterConfirmation() throws Exception {
        var saved = directory.add(StaffExamples.frontDesk("Uri", "Wolf"));
        String username = saved.newSignIn().username();
        for (int attempt = 0; attempt < 5; attempt++) {
            apiSignIn(username, "wrong-" + attempt);
        }
        openPage(saved.member());
        assertThat($(Paragraph.class).withId("sign-in-state").single().getText()).contains("Locked");

        click("Unlock sign-in");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Paragraph.class).withId("sign-in-state").single().getText()).contains("Can sign in");
        assertThat(apiSignIn(username, saved.newSignIn().oneTimePassword())).isEqualTo(200);
    }

    @Test
    void theListSearchesByNameAndFiltersByStatus() {
        String surname = "Xeno" + StaffExamples.unique();
        StaffMember member = directory.add(StaffExamples.frontDesk("Vera", surname)).member();
        navigate(StaffListView.class);

        test($(TextField.class).single()).setValue(surname.toLowerCase());
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Vera " + surname);

        test($(Select.class).single()).selectItem(StaffListView.INACTIVE);
        assertThat(test(grid).size()).isZero();

        test($(Select.class).single()).selectItem(StaffListView.ACTIVE);
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(StaffMemberView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getText()).isEqualTo(member.displayName());
    }

    @Test
    void theFrontDeskNeitherSeesNorOpensTheStaffPages() {
        TestAccounts.signIn(context, "frontdesk");

        try {
            navigate(StaffListView.class);
        } catch (RuntimeException | AssertionError refused) {
            // the router refused the navigation; where it ended up is checked below
        }

        assertThat(getCurrentView()).isNotInstanceOf(StaffListView.class);
        assertThat(StaticParts.menuLabels()).doesNotContain("Staff");
    }

    private void openPage(StaffMember member) {
        navigate(StaffMemberView.class, Map.of("staffId", member.id().toString()));
    }

    private void fillPerson(String firstName, String lastName, String email) {
        test(field("First name")).setValue(firstName);
        test(field("Last name")).setValue(lastName);
        test(field("Email")).setValue(email);
    }

    private TextField field(String label) {
        return $(TextField.class).withLabel(label).single();
    }

    private void click(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    /**
     * Signs in over the REST API and answers the status. MockMvc runs on this thread and clears its
     * security context, which the browserless UI shares, so the administrator's is put back.
     */
    private int apiSignIn(String username, String password) throws Exception {
        SecurityContext administrator = SecurityContextHolder.getContext();
        try {
            return mvc.perform(get("/api/me").with(httpBasic(username, password))).andReturn().getResponse().getStatus();
        } finally {
            SecurityContextHolder.setContext(administrator);
        }
    }
}
