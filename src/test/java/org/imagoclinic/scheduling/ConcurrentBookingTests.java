package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fifty front-desk clerks book the same therapist at the same moment: PostgreSQL lets exactly one through. */
@ClinicIntegrationTest
class ConcurrentBookingTests {

    static final int CLERKS = 50;

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;

    @Test
    void fiftySimultaneousBookingsOfOneTherapistSlotGiveOneBookingAndFortyNineClashes() throws Exception {
        TestClinic clinic = new TestClinic(context);
        TestStaff therapist = clinic.therapist();
        List<Couple> couples = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            couples.add(clinic.couple(therapist.staffId()));
        }
        LocalDateTime start = TestClinic.mondayIn(3).atTime(14, 0);
        CountDownLatch ready = new CountDownLatch(CLERKS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
        List<Future<Appointment>> attempts = new ArrayList<>();
        for (Couple couple : couples) {
            Callable<Appointment> attempt = () -> {
                TestAccounts.signIn(context, "frontdesk");
                try {
                    ready.countDown();
                    go.await();
                    return bookings.book(BookingRequest.joint(couple.id(), therapist.staffId(), clinic.room().id(), start)
                            .online("https://meet.example.org/" + couple.id())).first();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            attempts.add(clerks.submit(attempt));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();

        List<Appointment> booked = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<Appointment> attempt : attempts) {
            try {
                booked.add(attempt.get(120, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException failed) {
                refused.add(failed.getCause());
            }
        }
        clerks.shutdown();

        assertThat(booked).hasSize(1);
        assertThat(refused).hasSize(CLERKS - 1).allSatisfy(failure -> {
            assertThat(failure).isInstanceOf(ClashException.class);
            assertThat(failure.getMessage()).contains("already has").contains("14:00–15:30");
        });
        TestAccounts.signIn(context, "frontdesk");
        assertThat(appointments.find(AppointmentQuery.ofTherapist(therapist.staffId(), start.toLocalDate(),
                start.toLocalDate()))).extracting(Appointment::id).containsExactly(booked.getFirst().id());
    }
}
