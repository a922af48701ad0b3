package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The clinic's booking rules: working hours, time off, the screening hold, the episode of care, who books. */
@ClinicIntegrationTest
class BookingRuleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;
    @Autowired
    TherapistAvailability availability;
    @Autowired
    AuditLog auditLog;

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
        clinic.as("admin", () -> availability.replaceHours(lee.staffId(), List.of(
                new HoursBlock(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new HoursBlock(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)))));
        TestAccounts.signIn(context, "frontdesk");
    }

    private BookingRequest jointAt(int hour, int minute) {
        return BookingRequest.joint(smiths.id(), lee.staffId(), clinic.room().id(), monday.atTime(hour, minute));
    }

    @Test
    void aSessionMustFitInsideOneBlockOfTheTherapistsWorkingHours() {
        BusinessRuleException overLunch = catchThrowableOfType(BusinessRuleException.class,
                () -> bookings.book(jointAt(12, 0)));
        assertThat(overLunch.getMessage()).contains("works 09:00–13:00, 14:00–18:00 on Mondays")
                .contains("12:00–13:30 is outside those hours").contains("give a reason");

        assertThat(catchThrowable(() -> bookings.book(jointAt(10, 0).withTimes(monday.plusDays(1).atTime(10, 0), null))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("doesn't work on Tuesdays");

        assertThat(bookings.book(jointAt(14, 0)).first().start()).isEqualTo(monday.atTime(14, 0));
    }

    @Test
    void theFrontDeskMayOverrideWorkingHoursWithAReasonAndItIsAudited() {
        Appointment booked = bookings.book(jointAt(18, 0).withOverride("Only evening they can both make")).first();

        assertThat(booked.hoursOverrideReason()).isEqualTo("Only evening they can both make");
        List<AuditLogEntry> entries = clinic.as("admin", () -> auditLog.find(new AuditQuery(null, null, smiths.id(),
                AuditAction.CREATE, null, null), 0, 50));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.subjectId()).isEqualTo(booked.id().toString());
            assertThat(entry.reason()).contains("outside working hours").contains("Only evening they can both make");
        });
    }

    @Test
    void aTherapistMayNotOverrideTheirOwnWorkingHours() {
        TestAccounts.signIn(context, lee.username());

        assertThat(catchThrowable(() -> bookings.book(jointAt(19, 0).withOverride("I'd like to"))))
                .isInstanceOf(ExplainedRefusal.class).hasMessageContaining("Only the front desk or an administrator");
        assertThat(appointments.find(AppointmentQuery.ofCouple(smiths.id(), monday, monday))).isEmpty();
    }

    @Test
    void noSessionDuringTimeOff() {
        TestAccounts.signIn(context, lee.username());
        availability.addTimeOff(lee.staffId(), new NewTimeOff(monday.atTime(0, 0), monday.plusDays(1).atTime(0, 0),
                "Conference"));
        TestAccounts.signIn(context, "frontdesk");

        assertThat(catchThrowable(() -> bookings.book(jointAt(10, 0))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("is away then").hasMessageContaining("Conference");
    }

    @Test
    void aCoupleInScreeningReviewGetsNoJointSessionButMayHaveAnIndividualOne() {
        TestAccounts.signIn(context, lee.username());
        context.getBean(Screenings.class).record(smiths.id(), TestCouples.flaggedScreen());
        TestAccounts.signIn(context, "frontdesk");

        assertThat(catchThrowable(() -> bookings.book(jointAt(10, 0))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("screen");
        assertThat(bookings.check(jointAt(10, 0)).overridable()).isFalse();

        BookingRequest individual = jointAt(10, 0).withKind(AppointmentKind.INDIVIDUAL)
                .withPartner(smiths.partnerA().personId());
        assertThat(bookings.book(individual).first().kind()).isEqualTo(AppointmentKind.INDIVIDUAL);
    }

    @Test
    void aCoupleWithoutAnOpenEpisodeMayBeBookedForAnIntakeSessionOnly() {
        Couple newcomers = clinic.coupleWithoutEpisode();
        BookingRequest joint = BookingRequest.joint(newcomers.id(), lee.staffId(), clinic.room().id(), monday.atTime(10, 0));

        assertThat(catchThrowable(() -> bookings.book(joint))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("no open episode of care");

        Appointment intake = bookings.book(joint.withKind(AppointmentKind.INTAKE)).first();
        assertThat(intake.kind()).isEqualTo(AppointmentKind.INTAKE);
        assertThat(intake.episodeId()).isNull();
    }

    @Test
    void aTherapistBooksTheirOwnSessionsButNotAColleagues() {
        TestStaff okafor = clinic.therapist();
        TestAccounts.signIn(context, okafor.username());

        assertThat(catchThrowable(() -> bookings.book(jointAt(10, 0)))).isInstanceOf(ExplainedRefusal.class)
                .hasMessageContaining("only your own sessions");

        TestAccounts.signIn(context, lee.username());
        assertThat(bookings.book(jointAt(10, 0)).first().therapistId()).isEqualTo(lee.staffId());
    }

    @Test
    void aTherapistWhoAlsoKeepsTheFrontDeskBooksForColleagues() {
        TestStaff both = clinic.therapist(Roles.FRONT_DESK);
        TestAccounts.signIn(context, both.username());

        assertThat(bookings.book(jointAt(10, 0)).first().therapistId()).isEqualTo(lee.staffId());
    }

    @Test
    void aRoomTooSmallOrOutOfUseCantBeBooked() {
        Room cupboard = clinic.anotherRoom(2);
        assertThat(catchThrowable(() -> bookings.book(jointAt(10, 0).withRoom(cupboard.id()))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("holds 2 people");

        clinic.as("admin", () -> context.getBean(Rooms.class).deactivateRoom(clinic.room().id()));
        assertThat(catchThrowable(() -> bookings.book(jointAt(10, 0))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no longer in use");
    }
}
