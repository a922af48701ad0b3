package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewDecision;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A booking reads the couple, the therapist and their hours once and answers from what it wrote
 * (docs/benchmarks.md, "booking's round trips"): the answer is still the appointment as stored, and
 * every rule it checks from those single reads still refuses in its own plain words.
 */
@ClinicIntegrationTest
class BookingAnswerTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;
    @Autowired
    TherapistAvailability availability;
    @Autowired
    BookingEligibility eligibility;

    TestClinic clinic;
    TestStaff lee;
    Couple smiths;
    LocalDate monday;

    @BeforeEach
    void aClinicOfOurOwn() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        smiths = clinic.couple(lee.staffId());
        monday = TestClinic.mondayIn(3);
        TestAccounts.signIn(context, "frontdesk");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private BookingRequest jointAt(LocalDateTime start) {
        return BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), start);
    }

    private void assertAnsweredAsStored(Booking booking) {
        assertThat(booking.appointments()).isNotEmpty();
        for (Appointment answered : booking.appointments()) {
            assertThat(answered).isEqualTo(appointments.get(answered.id()));
        }
    }

    @Test
    void theAnswerToABookingIsTheAppointmentAsStored() {
        TestStaff okafor = clinic.therapist();
        Booking joint = bookings.book(jointAt(monday.atTime(9, 0)).withTherapists(lee.staffId(), okafor.staffId()));
        assertAnsweredAsStored(joint);
        assertThat(joint.first().coupleName()).isEqualTo(eligibility.displayName(smiths.id()));

        assertAnsweredAsStored(bookings.book(jointAt(monday.atTime(11, 0)).withKind(AppointmentKind.INDIVIDUAL)
                .withPartner(smiths.partnerB().personId())));
        assertAnsweredAsStored(bookings.book(jointAt(monday.atTime(13, 0)).withRecurrence(Recurrence.weekly(3))));
        assertAnsweredAsStored(bookings.book(BookingRequest.workshop("Getting the Love You Want", 2, okafor.staffId(),
                clinic.anotherRoom(8).id(), monday.plusDays(1).atTime(9, 0), monday.plusDays(1).atTime(17, 0))));
    }

    @Test
    void aStartFinerThanAMicrosecondIsAnsweredAsPostgreSQLKeepsIt() {
        Booking booking = bookings.book(jointAt(monday.atTime(15, 0, 0, 123_456_789)));

        assertAnsweredAsStored(booking);
        assertThat(booking.first().start()).isEqualTo(monday.atTime(15, 0, 0, 123_457_000));
    }

    @Test
    void theCouplesStateReadOnceStillRefusesEachCaseInItsOwnWords() {
        String name = eligibility.displayName(smiths.id());
        TestAccounts.signIn(context, lee.username());
        UUID episode = smiths.openEpisode().orElseThrow().id();
        context.getBean(EpisodesOfCare.class).start(smiths.id(), episode, StatusChange.today());
        context.getBean(EpisodesOfCare.class).pause(smiths.id(), episode, new StatusChange(null, "Moving house"));
        TestAccounts.signIn(context, "frontdesk");

        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> bookings.book(jointAt(monday.atTime(9, 0)))))
                .hasMessage("The episode of care of " + name + " is paused: resume it first.");

        InvalidInputException stranger = catchThrowableOfType(InvalidInputException.class, () -> bookings.book(
                jointAt(monday.atTime(9, 0)).withKind(AppointmentKind.INDIVIDUAL).withPartner(UUID.randomUUID())));
        assertThat(stranger.fieldErrors()).containsEntry("partnerId", "This person is not one of the partners of " + name + ".");
    }

    @Test
    void screeningDecisionsReadWithTheCoupleStillHoldJointSessions() {
        Couple jones = clinic.couple(lee.staffId());
        Couple browns = clinic.couple(lee.staffId());
        TestAccounts.signIn(context, lee.username());
        Screenings screenings = context.getBean(Screenings.class);
        screenings.record(jones.id(), TestCouples.flaggedScreen());
        screenings.decide(jones.id(), new NewDecision(ClinicalDecision.INDIVIDUAL_WORK_FIRST,
                "Each partner needs individual sessions on safety first.", null));
        screenings.record(browns.id(), TestCouples.flaggedScreen());
        screenings.decide(browns.id(), new NewDecision(ClinicalDecision.REFER_OUT,
                "Referred to the domestic abuse service.", null));
        TestAccounts.signIn(context, "frontdesk");
        LocalDateTime nine = monday.atTime(9, 0);

        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> bookings.book(
                BookingRequest.joint(jones.id(), lee.staffId(), clinic.room().id(), nine))))
                .hasMessage("The therapist decided on individual work first for " + eligibility.displayName(jones.id())
                        + ": book individual sessions for now.");
        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> bookings.book(
                BookingRequest.joint(browns.id(), lee.staffId(), clinic.room().id(), nine))))
                .hasMessage(eligibility.displayName(browns.id())
                        + " have been referred to another service: no joint sessions are booked here.");
        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> bookings.book(
                BookingRequest.joint(browns.id(), lee.staffId(), clinic.room().id(), nine)
                        .withKind(AppointmentKind.INDIVIDUAL).withPartner(browns.partnerA().personId()))))
                .hasMessage("The couple has been referred to another service: no sessions are booked here.");
    }

    @Test
    void theTherapistReadOnceStillNamesThemInEveryRefusal() {
        TestStaff colleague = clinic.therapist();
        String colleagueName = context.getBean(TherapistProfiles.class).of(colleague.staffId()).name();

        InvalidInputException unknown = catchThrowableOfType(InvalidInputException.class, () -> bookings.book(
                BookingRequest.joint(smiths.id(), UUID.randomUUID(), clinic.room().id(), monday.atTime(9, 0))));
        assertThat(unknown.fieldErrors()).containsEntry("therapistId", "There is no staff member with this id.");

        TestAccounts.signIn(context, lee.username());
        assertThat(catchThrowableOfType(ExplainedRefusal.class, () -> bookings.book(
                BookingRequest.joint(smiths.id(), colleague.staffId(), clinic.room().id(), monday.atTime(9, 0)))))
                .hasMessage("You book and change only your own sessions; this one is " + colleagueName
                        + "'s. Ask the front desk.");
    }

    @Test
    void hoursAndTimeOffReadOnceForASeriesStillFindTheOneSessionThatBreaksThem() {
        TestAccounts.signIn(context, lee.username());
        availability.addTimeOff(lee.staffId(), new NewTimeOff(monday.plusWeeks(1).atTime(0, 0),
                monday.plusWeeks(1).plusDays(1).atTime(0, 0), "Imago conference"));
        TestAccounts.signIn(context, "frontdesk");
        String name = context.getBean(TherapistProfiles.class).of(lee.staffId()).name();

        BusinessRuleException away = catchThrowableOfType(BusinessRuleException.class, () -> bookings.book(
                jointAt(monday.atTime(10, 0)).withRecurrence(Recurrence.weekly(3))));
        assertThat(away.getMessage()).startsWith(name + " is away then (").contains("Imago conference")
                .containsOnlyOnce("is away then");

        // a joint session lasts 90 minutes: the first Monday runs past 21:00, the second is the conference
        BookingCheck late = bookings.check(jointAt(monday.atTime(20, 30)).withRecurrence(Recurrence.weekly(2)));
        assertThat(late.ruleProblems()).hasSize(2);
        assertThat(late.ruleProblems().get(0)).startsWith(name + " works 07:00–21:00 on Mondays (")
                .endsWith("20:30–22:00 is outside those hours.");
        assertThat(late.ruleProblems().get(1)).startsWith(name + " is away then (").contains("Imago conference");
        assertThat(appointments.find(new AppointmentQuery(lee.staffId(), null, null, monday, monday.plusWeeks(3), true)))
                .isEmpty();
    }
}
