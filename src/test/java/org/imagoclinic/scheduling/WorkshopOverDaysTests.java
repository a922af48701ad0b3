package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A two-day workshop led by two therapists: one booking, one enrolment list, every day held in PostgreSQL. */
@ClinicIntegrationTest
class WorkshopOverDaysTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;

    TestClinic clinic;
    TestStaff lee;
    TestStaff okafor;
    Room hall;
    LocalDate saturday;
    Booking workshop;

    @BeforeEach
    void aTwoDayWorkshop() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        okafor = clinic.therapist();
        hall = clinic.anotherRoom(40);
        saturday = TestClinic.mondayIn(3).plusDays(5);
        TestAccounts.signIn(context, "frontdesk");
        workshop = bookings.book(BookingRequest.workshop("Getting the Love You Want", 2, lee.staffId(), hall.id(),
                saturday.atTime(9, 0), saturday.atTime(17, 0)).withTherapists(lee.staffId(), okafor.staffId())
                .withRecurrence(new Recurrence(Frequency.DAILY, 2, null)));
    }

    @Test
    void itIsBookedAsConsecutiveDaysOfOneWorkshopWithBothTherapists() {
        assertThat(workshop.appointments()).hasSize(2).allSatisfy(day -> {
            assertThat(day.kind()).isEqualTo(AppointmentKind.WORKSHOP);
            assertThat(day.therapistIds()).containsExactly(lee.staffId(), okafor.staffId());
            assertThat(day.seriesId()).isEqualTo(workshop.seriesId());
        });
        assertThat(workshop.appointments()).extracting(day -> day.start())
                .containsExactly(saturday.atTime(9, 0), saturday.plusDays(1).atTime(9, 0));
    }

    @Test
    void aCoupleEnrolsOnceForBothDaysAndIsHeldOnEach() {
        Couple smiths = clinic.couple(lee.staffId());
        TestStaff another = clinic.therapist();

        bookings.enrol(workshop.first().id(), smiths.id());

        for (Appointment day : workshop.appointments()) {
            assertThat(appointments.get(day.id()).enrolledCoupleIds()).containsExactly(smiths.id());
        }
        ClashException clash = catchThrowableOfType(ClashException.class, () -> bookings.book(BookingRequest.joint(
                smiths.id(), another.staffId(), clinic.room().id(), saturday.plusDays(1).atTime(10, 0))));
        assertThat(clash.clashes()).extracting(Clash::resource).containsOnly(Clash.Resource.PERSON);
        assertThat(clash.getMessage()).contains("Getting the Love You Want");
    }

    @Test
    void theSecondTherapistIsHeldOnEveryDay() {
        Couple jones = clinic.couple(okafor.staffId());

        ClashException clash = catchThrowableOfType(ClashException.class, () -> bookings.book(BookingRequest.joint(
                jones.id(), okafor.staffId(), clinic.room().id(), saturday.plusDays(1).atTime(14, 0))));

        assertThat(clash.clashes()).extracting(Clash::resourceId).containsExactly(okafor.staffId());
    }

    @Test
    void theListIsFullForEveryDayAndWithdrawingFreesAPlaceOnEveryDay() {
        Couple first = clinic.couple(lee.staffId());
        Couple second = clinic.couple(lee.staffId());
        Couple third = clinic.couple(lee.staffId());
        bookings.enrol(workshop.first().id(), first.id());
        bookings.enrol(workshop.appointments().getLast().id(), second.id());

        assertThat(catchThrowableOfType(BusinessRuleException.class,
                () -> bookings.enrol(workshop.first().id(), third.id())).getMessage())
                .isEqualTo("The workshop is full: all 2 places are taken. Withdraw a couple first, or add the couple "
                        + "to the waitlist.");

        bookings.withdraw(workshop.first().id(), first.id(), CancelledBy.CLIENT, "Can't get a sitter");
        bookings.enrol(workshop.first().id(), third.id());
        for (Appointment day : workshop.appointments()) {
            assertThat(appointments.get(day.id()).enrolledCoupleIds()).containsExactlyInAnyOrder(second.id(), third.id());
        }
        assertThat(appointments.upcomingOf(first.id())).isEmpty();
        assertThat(appointments.upcomingOf(third.id())).extracting(Appointment::id)
                .containsExactlyElementsOf(workshop.appointments().stream().map(Appointment::id).toList());
    }
}
