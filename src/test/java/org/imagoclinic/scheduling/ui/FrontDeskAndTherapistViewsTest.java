package org.imagoclinic.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Recurrence;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Today's list with check-in, a therapist's day, and the notice to whoever closes an episode. */
@ClinicIntegrationTest
class FrontDeskAndTherapistViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;
    @Autowired
    EpisodesOfCare episodes;
    @Autowired
    Attendance attendance;

    TestClinic clinic;
    TestStaff lee;
    Couple smiths;
    Appointment soon;

    @BeforeEach
    void aSessionLaterToday() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        smiths = clinic.couple(lee.staffId());
        LocalDateTime start = LocalDateTime.now(TestClinicClock.clinic()).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        soon = clinic.as("frontdesk", () -> bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(),
                clinic.room().id(), start).withOverride("Whatever the hour of the test")).first());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFrontDeskChecksACoupleInFromTodaysList() {
        TestAccounts.signIn(context, "frontdesk");
        navigate(TodayView.class);
        Grid<Appointment> grid = $(Grid.class).single();
        if (!soon.start().toLocalDate().equals(java.time.LocalDate.now(TestClinicClock.clinic()))) {
            return; // booked just after midnight: it is tomorrow's, not on today's list
        }
        int row = rowOf(grid, soon);
        Button checkIn = (Button) test(grid).getCellComponent(row, 6).getChildren().findFirst().orElseThrow();
        assertThat(checkIn.getText()).isEqualTo("Check in");

        test(checkIn).click();

        assertThat(appointments.get(soon.id()).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(test(grid).getCellText(rowOf(grid, soon), 5)).isEqualTo("Checked in");
        assertThat(buttons(grid, soon, 6)).containsExactly("Undo check-in…");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anArrivalRecordedByMistakeIsUndoneAfterAQuestionAndReportsCountNoArrival() {
        if (!soon.start().toLocalDate().equals(java.time.LocalDate.now(TestClinicClock.clinic()))) {
            return; // booked just after midnight: it is tomorrow's, not on today's list
        }
        clinic.as("frontdesk", () -> attendance.checkIn(soon.id()));
        TestAccounts.signIn(context, "frontdesk");
        navigate(TodayView.class);
        Grid<Appointment> grid = $(Grid.class).single();
        test((Button) test(grid).getCellComponent(rowOf(grid, soon), 6).getChildren().findFirst().orElseThrow()).click();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog question =
                $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("Undo " + smiths.displayName() + "'s check-in?");

        test(question).confirm();

        assertThat(appointments.get(soon.id()).status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(appointments.get(soon.id()).checkedInAt()).isNull();
        assertThat(buttons(grid, soon, 6)).containsExactly("Check in");
        assertThat(clinic.as("admin", () -> context.getBean(org.imagoclinic.audit.AuditLog.class).find(
                new org.imagoclinic.audit.AuditQuery(null, null, smiths.id(), org.imagoclinic.audit.AuditAction.UPDATE,
                        null, null), 0, 50))).anySatisfy(entry -> {
            assertThat(entry.subjectId()).isEqualTo(soon.id().toString());
            assertThat(entry.reason()).isEqualTo("check-in undone");
        });
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForList("select status from reporting.session where appointment_id = ?",
                        String.class, soon.id())).as("reporting counts no arrival").containsExactly("SCHEDULED"));
        assertThatThrownBy(() -> clinic.as("frontdesk", () -> attendance.undoCheckIn(soon.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("scheduled");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFrontDesksHomePageChecksInTodaysCouplesAndSaysWhoHasArrivedAndWhoIsWaiting() {
        if (!soon.start().toLocalDate().equals(java.time.LocalDate.now(TestClinicClock.clinic()))) {
            return; // booked just after midnight: it is tomorrow's, not on today's list
        }
        TestAccounts.signIn(context, "frontdesk");
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        var panel = $(com.vaadin.flow.component.html.Div.class).id("front-desk-day-panel");
        Grid<Appointment> today = $(Grid.class, panel).single();
        var arrived = $(com.vaadin.flow.component.html.Paragraph.class, panel).id("arrived");
        assertThat(arrived.getText()).doesNotContain(smiths.displayName());
        assertThat($(com.vaadin.flow.component.html.H3.class, panel).all()).extracting(h -> h.getText())
                .contains("Waiting on the waitlist");

        test((Button) test(today).getCellComponent(rowOf(today, soon), 6).getChildren().findFirst().orElseThrow()).click();

        assertThat(appointments.get(soon.id()).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(arrived.getText()).startsWith("Arrived: ").contains(smiths.displayName() + " (");
        assertThat(buttons(today, soon, 6)).containsExactly("Undo check-in…");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheStepsASessionAllowsNowAreOffered() {
        LocalDateTime threeHoursAgo = LocalDateTime.now(TestClinicClock.clinic()).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
        if (!threeHoursAgo.toLocalDate().equals(java.time.LocalDate.now(TestClinicClock.clinic())) || !soon.start().toLocalDate().equals(java.time.LocalDate.now(TestClinicClock.clinic()))) {
            return; // too near midnight for two sessions on today's lists, one over and one to come
        }
        Couple joneses = clinic.couple(lee.staffId());
        Appointment over = clinic.as("frontdesk", () -> bookings.book(BookingRequest.joint(joneses.id(), lee.staffId(),
                clinic.room().id(), threeHoursAgo).withOverride("Entered afterwards")).first());

        TestAccounts.signIn(context, "frontdesk");
        navigate(TodayView.class);
        Grid<Appointment> today = $(Grid.class).single();
        assertThat(buttons(today, over, 6)).as("too late to check in, time to record a no-show")
                .containsExactly("No-show…");
        assertThat(buttons(today, soon, 6)).containsExactly("Check in");

        TestAccounts.signIn(context, lee.username());
        navigate(MyDayView.class);
        assertThat(myDayButtons(over)).containsExactly("Complete…", "No-show…");
        assertThat(myDayButtons(soon)).as("not begun yet").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTelehealthSessionHasNoArrivalToCheckIn() {
        Couple online = clinic.couple(lee.staffId());
        LocalDateTime start = soon.start().plusHours(2);
        if (!start.toLocalDate().equals(java.time.LocalDate.now(TestClinicClock.clinic()))) {
            return; // too near midnight for a second session today
        }
        Appointment video = clinic.as("frontdesk", () -> bookings.book(BookingRequest.joint(online.id(), lee.staffId(),
                clinic.room().id(), start).online("https://meet.example.org/room-7").withOverride("For the test")).first());

        TestAccounts.signIn(context, "frontdesk");
        navigate(TodayView.class);
        assertThat(buttons($(Grid.class).single(), video, 6)).isEmpty();
        assertThatThrownBy(() -> clinic.as("frontdesk", () -> attendance.checkIn(video.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("telehealth");
        assertThat(appointments.get(video.id()).status()).isEqualTo(AppointmentStatus.SCHEDULED);
    }

    /** The buttons on a session's card in My day. */
    private List<String> myDayButtons(Appointment appointment) {
        return $(Button.class, $(com.vaadin.flow.component.html.Div.class).id("session-" + appointment.id())).all().stream()
                .map(Button::getText).toList();
    }

    private List<String> buttons(Grid<Appointment> grid, Appointment appointment, int column) {
        return test(grid).getCellComponent(rowOf(grid, appointment), column).getChildren()
                .map(button -> ((Button) button).getText()).toList();
    }

    private int rowOf(Grid<Appointment> grid, Appointment appointment) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).id().equals(appointment.id())) {
                return row;
            }
        }
        throw new AssertionError("Not on the list: " + appointment.coupleName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTherapistSeesTheirOwnDay() {
        TestAccounts.signIn(context, lee.username());
        navigate(MyDayView.class);

        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("my-day-session").all()).hasSize(soon.start().toLocalDate().equals(java.time.LocalDate.now(TestClinicClock.clinic())) ? 1 : 0);
    }

    @Test
    void whoeverClosesTheEpisodeIsToldHowManyFutureSessionsAreCancelled() {
        clinic.as("frontdesk", () -> bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(),
                TestClinic.mondayIn(2).atTime(10, 0)).withRecurrence(Recurrence.weekly(3))));
        TestAccounts.signIn(context, lee.username());
        navigate(MyDayView.class);

        episodes.close(smiths.id(), smiths.openEpisode().orElseThrow().id(),
                new EpisodeClosing(EpisodeEnding.COMPLETED, "Goals reached", null));
        roundTrip();

        assertThat($(Notification.class).all()).anySatisfy(notification -> assertThat(test(notification).getText())
                .isEqualTo("The couple's 4 future sessions are being cancelled: the episode of care is closed."));
    }
}
