package org.imagoclinic.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Set;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A no-show and taking a couple off the waitlist are asked about first; saying no changes nothing. */
@ClinicIntegrationTest
class ConfirmBeforeDestructiveActionsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;
    @Autowired
    Waitlist waitlist;

    TestClinic clinic;
    TestStaff therapist;
    Couple couple;

    @BeforeEach
    void aTherapistWithACouple() {
        clinic = new TestClinic(context);
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId());
    }

    @Test
    void aNoShowIsRecordedOnlyAfterTheTherapistConfirmsIt() {
        LocalDate yesterday = LocalDate.now(TestClinicClock.clinic()).minusDays(1);
        Appointment missed = clinic.as("frontdesk", () -> bookings.book(BookingRequest.joint(couple.id(),
                therapist.staffId(), clinic.room().id(), yesterday.atTime(11, 0)).withOverride("Entered late")).first());
        TestAccounts.signIn(context, therapist.username());
        navigate(MyDayView.class);
        $(DatePicker.class).withLabel("Day").single().setValue(yesterday);

        test(noShowButton()).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("Record " + couple.displayName() + " as a no-show?");
        assertThat(question.getElement().getProperty("message"))
                .contains("11:00–")
                .contains("counts as missed in the couple's attendance");
        test(question).cancel();

        assertThat(appointments.get(missed.id()).status()).isEqualTo(AppointmentStatus.SCHEDULED);

        test(noShowButton()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(appointments.get(missed.id()).status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    private Button noShowButton() {
        return $(Button.class).withText("No-show…").single();
    }

    @Test
    void aSessionIsCompletedOnlyAfterTheTherapistConfirmsItAndThenItsNoteIsOffered() {
        LocalDate yesterday = LocalDate.now(TestClinicClock.clinic()).minusDays(1);
        Appointment held = clinic.as("frontdesk", () -> bookings.book(BookingRequest.joint(couple.id(),
                therapist.staffId(), clinic.room().id(), yesterday.atTime(9, 0)).withOverride("Entered late")).first());
        TestAccounts.signIn(context, therapist.username());
        navigate(MyDayView.class);
        test($(Button.class).all().stream().filter(button -> button.getAriaLabel().orElse("").equals("Previous day"))
                .findFirst().orElseThrow()).click();
        assertThat($(DatePicker.class).withLabel("Day").single().getValue()).isEqualTo(yesterday);

        test($(Button.class).withText("Complete…").single()).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("Complete the session with "
                + couple.displayName() + "?");
        test(question).cancel();
        assertThat(appointments.get(held.id()).status()).isEqualTo(AppointmentStatus.SCHEDULED);

        test($(Button.class).withText("Complete…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(appointments.get(held.id()).status()).isEqualTo(AppointmentStatus.COMPLETED);
        ConfirmDialog offer = $(ConfirmDialog.class).id("offer-note");
        assertThat(offer.getElement().getProperty("header")).isEqualTo("Session completed");
        test(offer).confirm();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("couples/" + couple.id()).contains("tab=notes").contains("session=" + held.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoupleLeavesTheWaitlistOnlyAfterTheFrontDeskConfirms() {
        WaitlistEntry entry = clinic.as("frontdesk", () -> waitlist.add(new NewWaitlistEntry(couple.id(),
                therapist.staffId(), Set.of(), null, null, Priority.NORMAL, null)));
        TestAccounts.signIn(context, "frontdesk");
        navigate(WaitlistView.class);
        Grid<WaitlistEntry> grid = $(Grid.class).id("waitlist");

        test(takeOffButton(grid, entry)).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header"))
                .isEqualTo("Take " + entry.coupleName() + " off the waitlist?");
        test(question).cancel();

        assertThat(clinic.as("frontdesk", waitlist::waiting)).extracting(WaitlistEntry::id).contains(entry.id());

        test(takeOffButton(grid, entry)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(clinic.as("frontdesk", waitlist::waiting)).extracting(WaitlistEntry::id).doesNotContain(entry.id());
    }

    private Button takeOffButton(Grid<WaitlistEntry> grid, WaitlistEntry entry) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).id().equals(entry.id())) {
                return (Button) test(grid).getCellComponent(row, 5).getChildren()
                        .filter(button -> ((Button) button).getText().equals("Take off…")).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("Not on the waitlist: " + entry.coupleName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDayWithoutSessionsSaysSoAndWhatToDo() {
        TestAccounts.signIn(context, therapist.username());
        navigate(MyDayView.class);

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("my-day-empty").single().getText())
                .startsWith("No sessions on ").endsWith(": pick another day above.");
    }

    @Test
    void everyScreenUsesTheClinicsLocaleNotTheBrowsers() {
        TestAccounts.signIn(context, therapist.username());
        navigate(MyDayView.class);

        assertThat($(DatePicker.class).withLabel("Day").single().getLocale()).isEqualTo(java.util.Locale.UK);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getLocale().toLanguageTag()).isEqualTo("en-GB");
    }
}
