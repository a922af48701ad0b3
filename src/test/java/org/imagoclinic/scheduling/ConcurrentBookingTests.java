package org.imagoclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DSLContext db;

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

    /**
     * A second booking of a therapist's slot that arrives while the first is still being written
     * queues for the therapist before writing anything, rather than racing the first inside the
     * exclusion constraint (where two such writers can deadlock and PostgreSQL takes a second to
     * notice); when the first is saved, the second gets the clash.
     */
    @Test
    void aBookingOfASlotBeingBookedWaitsForItsTurnThenGetsTheClash() throws Exception {
        TestClinic clinic = new TestClinic(context);
        TestStaff therapist = clinic.therapist();
        Couple first = clinic.couple(therapist.staffId());
        Couple second = clinic.couple(therapist.staffId());
        LocalDateTime start = TestClinic.mondayIn(4).atTime(11, 0);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstBooking = clerks.submit(() -> {
                TestAccounts.signIn(context, "frontdesk");
                try {
                    new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        bookings.book(BookingRequest.joint(first.id(), therapist.staffId(), clinic.room().id(), start));
                        firstWritten.countDown();
                        await(commitFirst);
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
            assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Booking> secondBooking = clerks.submit(() -> {
                TestAccounts.signIn(context, "frontdesk");
                try {
                    return bookings.book(BookingRequest.joint(second.id(), therapist.staffId(), null, start)
                            .online("https://meet.example.org/second"));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });

            assertThat(waitersInTheResourceQueue()).as("the second booking queues for the therapist").isEqualTo(1);
            assertThat(waitersInsideTheConstraint()).as("nothing of the second booking is written yet").isZero();
            commitFirst.countDown();
            firstBooking.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> secondBooking.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ClashException.class).hasMessageContaining("11:00–12:30");
        } finally {
            commitFirst.countDown();
            clerks.shutdownNow();
        }
    }

    private long waitersInTheResourceQueue() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long waiting = 0;
        while (waiting == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            waiting = count("select count(*) from pg_locks where locktype = 'advisory' and classid = 17"
                    + " and objsubid = 2 and not granted");
        }
        return waiting;
    }

    private long waitersInsideTheConstraint() {
        return count("select count(*) from pg_locks where locktype = 'transactionid' and not granted");
    }

    private long count(String sql) {
        return ((Number) db.fetchValue(sql)).longValue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
