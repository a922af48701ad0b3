package org.imagoclinic.assessments;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.imagoclinic.support.TestClinicClock;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A clinic of a test's own for the Imago records and notes: therapists (one under a supervisor),
 * couples under either confidentiality policy, completed sessions whose notes are due. Built through
 * the real APIs; whoever was signed in before is signed in again afterwards.
 */
public final class ImagoTestClinic {

    private final ApplicationContext context;
    private final String admin;
    private final TestClinic scheduling;
    private String frontDesk = "frontdesk";

    public ImagoTestClinic(ApplicationContext context, String admin) {
        this.context = context;
        this.admin = admin;
        this.scheduling = new TestClinic(context, admin);
    }

    /** Books sessions as this front-desk user (a module test's own; the demo's "frontdesk" otherwise). */
    public ImagoTestClinic bookingAs(String frontDeskUsername) {
        this.frontDesk = frontDeskUsername;
        return this;
    }

    public TestStaff therapist() {
        return scheduling.therapist();
    }

    public TestStaff supervisor() {
        return scheduling.therapist(Roles.SUPERVISOR);
    }

    /** A therapist who works under this supervisor from today. */
    public TestStaff supervisee(TestStaff supervisor) {
        TestStaff supervisee = scheduling.therapist();
        as(admin, () -> {
            StaffDirectory directory = context.getBean(StaffDirectory.class);
            StaffMember member = directory.get(supervisee.staffId());
            TherapistDetails details = member.therapist();
            directory.change(member.id(), new StaffMemberDetails(member.title(), member.firstName(), member.lastName(),
                    member.email(), member.phone(), member.roles(), member.username(),
                    new TherapistDetails(details.credentials(), details.licenceNumber(), details.npi(), details.discipline(),
                            details.calendarColour(), true)));
            return directory.assignSupervisor(supervisee.staffId(), supervisor.staffId(), LocalDate.now(TestClinicClock.clinic()));
        });
        return supervisee;
    }

    /**
     * A new couple in the therapist's care (episode open) with this confidentiality policy, each
     * partner screened by the therapist with nothing of concern.
     */
    public Couple couple(UUID therapistId, ConfidentialityPolicy policy) {
        CoupleRegistration basic = TestCouples.registration();
        Relationship relationship = basic.relationship();
        CoupleRegistration registration = new CoupleRegistration(basic.partnerA(), basic.partnerB(),
                new Relationship(relationship.status(), relationship.togetherSince(), relationship.childrenCount(),
                        relationship.childrenAges(), relationship.referralSource(), policy),
                basic.intake(), basic.consents(), therapistId, null, null);
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(registration));
        TestCouples.screenedClear(context, couple.id(), therapistId);
        return couple;
    }

    /**
     * A session of the couple held yesterday and completed; for an individual session, with partner A.
     * Returns its appointment id.
     */
    public UUID completedSession(Couple couple, TestStaff therapist, boolean joint) {
        return completedSession(couple, therapist, joint, 10);
    }

    /** As {@link #completedSession(Couple, TestStaff, boolean)}, yesterday at this hour (a couple's second session that day). */
    public UUID completedSession(Couple couple, TestStaff therapist, boolean joint, int hour) {
        LocalDateTime start = LocalDateTime.now(TestClinicClock.clinic()).minusDays(1).truncatedTo(ChronoUnit.HOURS).withHour(hour);
        BookingRequest request = BookingRequest.joint(couple.id(), therapist.staffId(), scheduling.room().id(), start)
                .withOverride("Entered afterwards for the test");
        if (!joint) {
            request = request.withKind(AppointmentKind.INDIVIDUAL).withPartner(couple.partnerA().personId());
        }
        BookingRequest booking = request;
        UUID appointment = as(frontDesk, () -> context.getBean(Bookings.class).book(booking).first().id());
        as(therapist.username(), () -> context.getBean(Attendance.class).complete(appointment));
        return appointment;
    }

    /** Waits until the note of a completed session is due (the listener runs after commit). */
    public SessionNote awaitDueNote(TestStaff therapist, Couple couple, UUID appointmentId, boolean joint) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> as(therapist.username(), () -> {
            UUID partner = joint ? null : couple.partnerA().personId();
            return context.getBean(SessionNotes.class).notesOf(couple.id(), partner, false).stream()
                    .filter(note -> appointmentId.equals(note.appointmentId())).findFirst();
        }), Optional::isPresent).orElseThrow();
    }

    /** Runs something as the given user, then restores who was signed in. */
    public <T> T as(String username, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signIn(context, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
