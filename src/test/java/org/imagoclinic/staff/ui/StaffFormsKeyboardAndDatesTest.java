package org.imagoclinic.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffQuery;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The staff form works from the keyboard, and supervision dates read as days, not ISO strings. */
@ClinicIntegrationTest
class StaffFormsKeyboardAndDatesTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    StaffDirectory directory;
    @Autowired
    java.time.Clock clock;

    @Test
    void enterAddsTheStaffMemberFromTheKeyboard() {
        TestAccounts.signIn(context, "admin");
        navigate(NewStaffMemberView.class);
        String email = "keys-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        test(field("First name")).setValue("Kim");
        test(field("Last name")).setValue("Keys");
        test(field("Email")).setValue(email);
        test($(CheckboxGroup.class).withLabel("Roles").single()).selectItem("Front desk");

        fireShortcut(Key.ENTER);

        assertThat(directory.count(new StaffQuery(email, null))).isOne();
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Kim Keys can now sign in");
    }

    @Test
    void aSuperviseesPageSaysSinceWhenInTheClinicsWayOfWritingDays() {
        TestStaff supervisor = TestAccounts.staff(context, "dates-sup", Roles.SUPERVISOR, Roles.THERAPIST);
        TestStaff supervisee = TestAccounts.supervisee(context, "dates-sub", supervisor.staffId());
        TestAccounts.signIn(context, "admin");
        navigate("admin/staff/" + supervisee.staffId(), StaffMemberView.class);

        String today = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(LocalDate.now(clock));
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Supervised by ") && text.endsWith(" since " + today + "."));
    }

    private TextField field(String label) {
        return $(TextField.class).withLabel(label).single();
    }
}
