package org.imagoclinic.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * When an episode of care closes, the couple's sessions still to come are cancelled by the clinic
 * ("episode closed"); past sessions and other couples' are untouched; hearing it twice changes nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class EpisodeClosedListenerTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    AppointmentRepository appointments;
    @Autowired
    EpisodeClosedListener listener;

    @Test
    void futureSessionsOfTheCoupleAreCancelledPastOnesAndOthersAreNot(Scenario scenario) {
        String admin = TestAccounts.create(context, "admin", "Admin", "admin-password-2026", false, Roles.ADMIN);
        String desk = TestAccounts.create(context, "desk", "Front desk", "desk-password-2026", false, Roles.FRONT_DESK);
        TestClinic clinic = new TestClinic(context, admin);
        var lee = clinic.therapist();
        Couple smiths = clinic.couple(lee.staffId());
        Couple others = clinic.couple(lee.staffId());
        LocalDate monday = TestClinic.mondayIn(1);
        LocalDateTime yesterday = LocalDateTime.now(TestClinicClock.clinic()).minusDays(1).truncatedTo(ChronoUnit.HOURS);
        List<UUID> booked = clinic.as(desk, () -> List.of(
                book(smiths, lee.staffId(), clinic, yesterday, "entered afterwards"),
                book(smiths, lee.staffId(), clinic, monday.atTime(10, 0), null),
                book(smiths, lee.staffId(), clinic, monday.plusWeeks(1).atTime(10, 0), null),
                book(others, lee.staffId(), clinic, monday.atTime(14, 0), null)));
        UUID past = booked.get(0);
        UUID otherCouples = booked.get(3);
        UUID episodeId = smiths.openEpisode().orElseThrow().id();

        scenario.publish(new EpisodeClosed(smiths.id(), episodeId, EpisodeEnding.COMPLETED, LocalDate.now(TestClinicClock.clinic()).minusMonths(3),
                        LocalDate.now(TestClinicClock.clinic()), lee.staffId(), null))
                .andWaitForStateChange(() -> statusOf(booked.get(2)), status -> status == AppointmentStatus.CANCELLED)
                .andVerifyEvents(events -> assertThat(events.ofType(SessionCancelled.class)
                        .matching(cancelled -> smiths.id().equals(cancelled.coupleId()))).hasSize(2));

        assertThat(booked).extracting(this::statusOf).containsExactly(AppointmentStatus.SCHEDULED,
                AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED, AppointmentStatus.SCHEDULED);
        StoredAppointment cancelled = appointments.find(booked.get(1)).orElseThrow();
        assertThat(cancelled.cancelledBy()).isEqualTo(CancelledBy.CLINIC);
        assertThat(cancelled.cancelReason()).isEqualTo("episode closed");
        assertThat(statusOf(past)).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(statusOf(otherCouples)).isEqualTo(AppointmentStatus.SCHEDULED);

        // delivered again (at least once): nothing changes
        int again = listener.cancelFutureSessionsOf(smiths.id());
        assertThat(again).isZero();
        assertThat(appointments.find(booked.get(1)).orElseThrow().cancelledAt()).isEqualTo(cancelled.cancelledAt());
    }

    private UUID book(Couple couple, UUID therapist, TestClinic clinic, LocalDateTime start, String override) {
        return bookings.book(BookingRequest.joint(couple.id(), therapist, clinic.room().id(), start).withOverride(override))
                .first().id();
    }

    private AppointmentStatus statusOf(UUID id) {
        return appointments.find(id).orElseThrow().status();
    }
}
