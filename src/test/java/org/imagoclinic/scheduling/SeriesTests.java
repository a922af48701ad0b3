package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Weekly and fortnightly series: booked whole, changed one occurrence or this-and-following at a time. */
@ClinicIntegrationTest
class SeriesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;

    TestClinic clinic;
    TestStaff lee;
    Couple smiths;
    LocalDate monday;

    @BeforeEach
    void aClinicOfOurOwn() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        smiths = clinic.couple(lee.staffId());
        monday = TestClinic.mondayIn(1);
        TestAccounts.signIn(context, "frontdesk");
    }

    private BookingRequest weekly(int sessions) {
        return BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), monday.atTime(10, 0))
                .withRecurrence(Recurrence.weekly(sessions));
    }

    private List<Appointment> all() {
        return appointments.find(new AppointmentQuery(null, null, smiths.id(), monday, monday.plusWeeks(13), true));
    }

    @Test
    void aWeeklySeriesOfTenIsTenSessionsAWeekApartAtTheSameTime() {
        Booking series = bookings.book(weekly(10));

        assertThat(series.seriesId()).isNotNull();
        assertThat(series.appointments()).hasSize(10).extracting(Appointment::seriesIndex)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(series.appointments()).extracting(Appointment::start)
                .allSatisfy(start -> assertThat(start.toLocalTime()).hasToString("10:00"));
        assertThat(series.appointments().get(9).start().toLocalDate()).isEqualTo(monday.plusWeeks(9));
    }

    @Test
    void aFortnightlySeriesRunsUntilItsLastDay() {
        Booking series = bookings.book(weekly(1).withRecurrence(new Recurrence(Frequency.FORTNIGHTLY, null,
                monday.plusWeeks(6))));

        assertThat(series.appointments()).extracting(appointment -> appointment.start().toLocalDate())
                .containsExactly(monday, monday.plusWeeks(2), monday.plusWeeks(4), monday.plusWeeks(6));
    }

    @Test
    void aSeriesWithOneClashingSessionIsRefusedWholeAndNamesTheDay() {
        TestStaff okafor = clinic.therapist();
        Couple other = clinic.couple(okafor.staffId());
        bookings.book(BookingRequest.joint(other.id(), okafor.staffId(), clinic.room().id(), monday.plusWeeks(3).atTime(10, 0)));

        ClashException clash = catchThrowableOfType(ClashException.class, () -> bookings.book(weekly(6)));

        assertThat(clash.getMessage()).contains(ClinicTimeFormat.day(monday.plusWeeks(3)) + " 10:00–11:30");
        assertThat(all()).isEmpty();
    }

    @Test
    void movingOneOccurrenceLeavesTheOthersAndRemembersWhereItWas() {
        List<Appointment> series = bookings.book(weekly(4)).appointments();
        Appointment third = series.get(2);

        bookings.reschedule(third.id(), new Reschedule(third.start().plusDays(1).withHour(15), null, null,
                "Holiday Monday", null, false));

        List<Appointment> now = all();
        assertThat(now).extracting(appointment -> appointment.start().toLocalTime().getHour()).containsExactly(10, 10, 15, 10);
        assertThat(appointments.get(third.id()).moved()).isTrue();
        List<Move> moves = appointments.movesOf(third.id());
        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.fromStart()).isEqualTo(third.start());
            assertThat(move.toStart()).isEqualTo(third.start().plusDays(1).withHour(15));
            assertThat(move.reason()).isEqualTo("Holiday Monday");
        });
    }

    @Test
    void movingThisAndFollowingShiftsTheRestOfTheSeriesButNotTheEarlierSessions() {
        List<Appointment> series = bookings.book(weekly(5)).appointments();

        bookings.reschedule(series.get(2).id(), new Reschedule(series.get(2).start().plusDays(2).withHour(16), null, null,
                null, null, true));

        assertThat(all()).extracting(Appointment::start).containsExactly(
                monday.atTime(10, 0), monday.plusWeeks(1).atTime(10, 0), monday.plusWeeks(2).plusDays(2).atTime(16, 0),
                monday.plusWeeks(3).plusDays(2).atTime(16, 0), monday.plusWeeks(4).plusDays(2).atTime(16, 0));
    }

    @Test
    void cancellingOneOccurrenceOrThisAndFollowing() {
        List<Appointment> series = bookings.book(weekly(5)).appointments();

        bookings.cancel(series.get(1).id(), Cancellation.byClient("Away that week"));
        bookings.cancel(series.get(3).id(), new Cancellation(CancelledBy.CLINIC, "Therapist leaves the clinic", true));

        assertThat(all()).extracting(Appointment::status).containsExactly(AppointmentStatus.SCHEDULED,
                AppointmentStatus.CANCELLED, AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED,
                AppointmentStatus.CANCELLED);
        assertThat(appointments.get(series.get(4).id()).cancellation().by()).isEqualTo(CancelledBy.CLINIC);
    }

    @Test
    void aMoveThatClashesChangesNothing() {
        List<Appointment> series = bookings.book(weekly(3)).appointments();
        TestStaff okafor = clinic.therapist();
        Couple other = clinic.couple(okafor.staffId());
        bookings.book(BookingRequest.joint(other.id(), okafor.staffId(), clinic.room().id(), monday.plusWeeks(2).atTime(16, 0)));

        ClashException clash = catchThrowableOfType(ClashException.class, () -> bookings.reschedule(series.getFirst().id(),
                new Reschedule(monday.atTime(16, 0), null, null, null, null, true)));

        assertThat(clash.clashes()).extracting(Clash::resource).containsExactly(Clash.Resource.ROOM);
        assertThat(all()).extracting(appointment -> appointment.start().getHour()).containsExactly(10, 10, 10);
        assertThat(appointments.movesOf(series.getFirst().id())).isEmpty();
    }

    @Test
    void movingThisAndFollowingIntoTheTherapistsTimeOffIsRefusedUnlessAReasonIsGiven() {
        List<Appointment> series = bookings.book(weekly(4)).appointments();
        context.getBean(TherapistAvailability.class).addTimeOff(lee.staffId(), new NewTimeOff(
                monday.plusWeeks(3).atTime(14, 0), monday.plusWeeks(3).atTime(18, 0), "Training day"));
        Appointment second = series.get(1);

        HoursRuleException refused = catchThrowableOfType(HoursRuleException.class, () -> bookings.reschedule(second.id(),
                new Reschedule(second.start().withHour(15), null, null, null, null, true)));

        assertThat(refused.getMessage()).contains("is away then").contains("Training day")
                .as("only the last session meets the time off").doesNotContain(ClinicTimeFormat.day(monday.plusWeeks(1)));
        assertThat(all()).extracting(appointment -> appointment.start().getHour()).containsOnly(10);

        bookings.reschedule(second.id(), new Reschedule(second.start().withHour(15), null, null, null,
                "The couple can only come in the afternoon", true));

        assertThat(all()).extracting(appointment -> appointment.start().getHour()).containsExactly(10, 15, 15, 15);
    }
}
