package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Nobody and nothing is in two places at once: therapist, room and each partner; PostgreSQL decides. */
@ClinicIntegrationTest
class ClashRuleTests {

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
        monday = TestClinic.mondayIn(2);
        TestAccounts.signIn(context, "frontdesk");
    }

    private Appointment book(Couple couple, TestStaff therapist, Room room, LocalDateTime start) {
        return bookings.book(BookingRequest.joint(couple.id(), therapist.staffId(), room.id(), start)).first();
    }

    @Test
    void aTherapistCantHaveTwoCouplesAtOverlappingTimesAndTheAnswerSaysWho() {
        Appointment first = book(smiths, lee, clinic.room(), monday.atTime(10, 0));
        Couple other = clinic.couple(lee.staffId());

        ClashException clash = catchThrowableOfType(ClashException.class,
                () -> book(other, lee, clinic.anotherRoom(4), monday.atTime(11, 0)));

        String leesName = context.getBean(TherapistProfiles.class).of(lee.staffId()).name();
        assertThat(clash.getMessage()).isEqualTo(leesName + " already has " + smiths.displayName() + " 10:00–11:30.");
        assertThat(clash.clashes()).extracting(Clash::resource).containsExactly(Clash.Resource.THERAPIST);
        assertThat(clash.clashes().getFirst().appointmentId()).isEqualTo(first.id());
        assertThat(appointments.find(AppointmentQuery.ofCouple(other.id(), monday, monday))).isEmpty();
    }

    @Test
    void aRoomCantHoldTwoSessionsAtOnce() {
        book(smiths, lee, clinic.room(), monday.atTime(10, 0));
        TestStaff okafor = clinic.therapist();
        Couple other = clinic.couple(okafor.staffId());

        ClashException clash = catchThrowableOfType(ClashException.class,
                () -> book(other, okafor, clinic.room(), monday.atTime(9, 0)));

        assertThat(clash.clashes()).extracting(Clash::resource).containsExactly(Clash.Resource.ROOM);
        assertThat(clash.getMessage()).startsWith("Room 1 (" + clinic.room().locationName() + ") is taken by "
                + smiths.displayName());
    }

    @Test
    void eachPartnerIsHeldSoAnIndividualSessionCantOverlapTheirJointSession() {
        book(smiths, lee, clinic.room(), monday.atTime(10, 0));
        TestStaff okafor = clinic.therapist();
        var partnerB = smiths.partnerB();
        BookingRequest individual = new BookingRequest(AppointmentKind.INDIVIDUAL, smiths.id(), partnerB.personId(),
                okafor.staffId(), null, null, monday.atTime(11, 15), null, null, true, "https://meet.example.org/x",
                null, null, null, null);

        ClashException clash = catchThrowableOfType(ClashException.class, () -> bookings.book(individual));

        assertThat(clash.clashes()).extracting(Clash::resource).containsExactly(Clash.Resource.PERSON);
        assertThat(clash.getMessage()).startsWith(partnerB.displayName() + " is already booked 10:00–11:30");
        // the other partner is free then
        var partnerA = smiths.partnerA();
        assertThat(bookings.book(individual.withPartner(partnerA.personId()).withTimes(monday.atTime(12, 0), null))
                .first().status()).isEqualTo(AppointmentStatus.SCHEDULED);
    }

    @Test
    void backToBackSessionsDontClash() {
        book(smiths, lee, clinic.room(), monday.atTime(10, 0));
        Couple next = clinic.couple(lee.staffId());

        BookingRequest request = BookingRequest.joint(next.id(), lee.staffId(), clinic.room().id(), monday.atTime(11, 30));

        assertThat(bookings.book(request).first().start()).isEqualTo(monday.atTime(11, 30));
        assertThat(appointments.find(AppointmentQuery.ofTherapist(lee.staffId(), monday, monday))).hasSize(2);
    }

    @Test
    void anHourLongSessionFrom10To11AndOneFrom11To12DontClash() {
        BookingRequest ten = BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), monday.atTime(10, 0))
                .withTimes(monday.atTime(10, 0), monday.atTime(11, 0));
        bookings.book(ten);
        Couple other = clinic.couple(lee.staffId());

        Appointment eleven = bookings.book(BookingRequest.joint(other.id(), lee.staffId(), clinic.room().id(),
                monday.atTime(11, 0)).withTimes(monday.atTime(11, 0), monday.atTime(12, 0))).first();

        assertThat(eleven.end()).isEqualTo(monday.atTime(12, 0));
    }

    @Test
    void aCancelledSessionFreesItsTimeForSomeoneElse() {
        Appointment first = book(smiths, lee, clinic.room(), monday.atTime(10, 0));
        bookings.cancel(first.id(), Cancellation.byClient("Car broke down"));
        Couple other = clinic.couple(lee.staffId());

        Appointment second = book(other, lee, clinic.room(), monday.atTime(10, 0));

        assertThat(second.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(appointments.get(first.id()).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void theCheckBeforeSavingNamesTheClashesAndSavesNothing() {
        book(smiths, lee, clinic.room(), monday.atTime(10, 0));
        Couple other = clinic.couple(lee.staffId());

        BookingCheck check = bookings.check(BookingRequest.joint(other.id(), lee.staffId(), clinic.room().id(),
                monday.atTime(10, 30)));

        assertThat(check.clear()).isFalse();
        assertThat(check.clashes()).extracting(Clash::resource)
                .containsExactlyInAnyOrder(Clash.Resource.THERAPIST, Clash.Resource.ROOM);
        assertThat(appointments.find(AppointmentQuery.ofCouple(other.id(), monday, monday))).isEmpty();
    }

    @Test
    void aCoTherapistIsHeldToo() {
        TestStaff okafor = clinic.therapist();
        bookings.book(BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), monday.atTime(10, 0))
                .withTherapists(lee.staffId(), okafor.staffId()));
        Couple other = clinic.couple(okafor.staffId());

        ClashException clash = catchThrowableOfType(ClashException.class,
                () -> book(other, okafor, clinic.anotherRoom(4), monday.atTime(10, 0)));

        assertThat(clash.clashes()).extracting(Clash::resourceId).containsExactly(okafor.staffId());
    }

    @Test
    void aWorkshopHoldsEveryEnrolledPartnerAndTakesNoMoreCouplesThanItsCapacity() {
        Room hall = clinic.anotherRoom(20);
        Appointment workshop = bookings.book(BookingRequest.workshop("Getting the Love You Want", 1, lee.staffId(),
                hall.id(), monday.atTime(9, 0), monday.atTime(17, 0))).first();

        bookings.enrol(workshop.id(), smiths.id());
        Couple late = clinic.couple(lee.staffId());

        assertThat(catchThrowableOfType(org.imagoclinic.shared.BusinessRuleException.class,
                () -> bookings.enrol(workshop.id(), late.id())).getMessage()).contains("full");
        TestStaff okafor = clinic.therapist();
        ClashException clash = catchThrowableOfType(ClashException.class,
                () -> book(smiths, okafor, clinic.room(), monday.atTime(12, 0)));
        assertThat(clash.clashes()).extracting(Clash::resource).containsOnly(Clash.Resource.PERSON);
        assertThat(clash.getMessage()).contains("Getting the Love You Want");

        bookings.withdraw(workshop.id(), smiths.id(), CancelledBy.CLIENT, "Can't get a sitter");
        assertThat(book(smiths, okafor, clinic.room(), monday.atTime(12, 0)).status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(bookings.enrol(workshop.id(), late.id()).enrolledCoupleIds()).containsExactly(late.id());
    }
}
