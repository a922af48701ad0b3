package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Before cancelling, the front desk is told whether it is late; a late cancellation may be waived with a reason. */
@ClinicIntegrationTest
class CancellationNoticeTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;

    TestClinic clinic;
    TestStaff therapist;
    Couple couple;

    @BeforeEach
    void aClinicOfOurOwn() {
        clinic = new TestClinic(context);
        therapist = clinic.therapist();
        couple = clinic.couple(therapist.staffId());
        TestAccounts.signIn(context, "frontdesk");
    }

    private Appointment bookIn(Duration fromNow) {
        LocalDateTime start = LocalDateTime.now(TestClinicClock.clinic()).plus(fromNow).withSecond(0).withNano(0);
        return bookings.book(BookingRequest.joint(couple.id(), therapist.staffId(), clinic.room().id(), start)
                .withOverride("Fitted in for the test")).first();
    }

    @Test
    void twentyHoursBeforeTheSessionTheClientsCancellationIsLateAndMayBeWaivedWithAReason() {
        Appointment soon = bookIn(Duration.ofHours(20).plusMinutes(30));

        CancellationNotice notice = bookings.cancellationNotice(soon.id());

        assertThat(notice.late()).isTrue();
        assertThat(notice.describe()).isEqualTo("This is a late cancellation: 20 hours' notice, the clinic asks for 24 hours.");

        bookings.cancel(soon.id(), new Cancellation(CancelledBy.CLIENT, "Flu", false, "Ill: doctor's note seen"));

        Appointment.Cancellation recorded = appointments.get(soon.id()).cancellation();
        assertThat(recorded.late()).as("waived, so not counted as late").isFalse();
        assertThat(recorded.lateWaivedReason()).isEqualTo("Ill: doctor's note seen");
    }

    @Test
    void threeDaysAheadNothingIsLateAndThereIsNothingToWaive() {
        Appointment later = bookIn(Duration.ofDays(3).plusHours(2));

        assertThat(bookings.cancellationNotice(later.id()).describe())
                .isEqualTo("Not a late cancellation: 3 days' notice, the clinic asks for 24 hours.");
        assertThatThrownBy(() -> bookings.cancel(later.id(),
                new Cancellation(CancelledBy.CLIENT, "Holiday", false, "Being kind")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.fieldErrors()).containsKey("waiveLateReason"));
        assertThat(appointments.get(later.id()).status()).isEqualTo(AppointmentStatus.SCHEDULED);

        bookings.cancel(later.id(), Cancellation.byClient("Holiday"));
        assertThat(appointments.get(later.id()).cancellation().late()).isFalse();
        assertThat(appointments.get(later.id()).cancellation().lateWaivedReason()).isNull();
    }
}
