package org.imagoclinic.assessments.internal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions of one episode counted at the same time, as the listener counts them when the events of
 * a busy evening are delivered in parallel and out of order.
 */
@ClinicIntegrationTest
class SessionCountingTests {

    private static final LocalDate THIRD = LocalDate.of(2026, 11, 23);
    private static final LocalDate FOURTH = LocalDate.of(2026, 11, 30);

    @Autowired
    DueStore store;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSessionCountedWhileAnotherWaitsForTheEpisodeStillSeesTheLaterDay() throws Exception {
        UUID episodeId = UUID.randomUUID();
        store.track(episodeId, UUID.randomUUID(), THIRD.minusWeeks(3));
        CountDownLatch fourthCounted = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        // two threads of its own: the common pool may have one thread on a two-core machine
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            countInParallel(episodeId, fourthCounted, mayCommit, threads);
        }
    }

    private void countInParallel(UUID episodeId, CountDownLatch fourthCounted, CountDownLatch mayCommit,
            ExecutorService threads) throws Exception {

        CompletableFuture<Optional<DueStore.Count>> fourth = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            Optional<DueStore.Count> count = store.countSession(UUID.randomUUID(), episodeId, FOURTH, TestClinicClock.clinic().instant());
            fourthCounted.countDown();
            await(mayCommit);
            return count;
        }), threads);
        await(fourthCounted);
        CompletableFuture<Optional<DueStore.Count>> third = CompletableFuture.supplyAsync(() -> transactions.execute(
                tx -> store.countSession(UUID.randomUUID(), episodeId, THIRD, TestClinicClock.clinic().instant())), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
                Integer.class) > 0);
        mayCommit.countDown();

        assertThat(fourth.get(10, TimeUnit.SECONDS)).contains(new DueStore.Count(1, FOURTH));
        assertThat(third.get(10, TimeUnit.SECONDS)).as("counted second, after the later session committed")
                .contains(new DueStore.Count(2, FOURTH));
    }

    @Test
    void aSessionDeliveredTwiceIsCountedOnce() {
        UUID episodeId = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        store.track(episodeId, UUID.randomUUID(), THIRD.minusWeeks(3));

        Optional<DueStore.Count> first = transactions.execute(tx -> store.countSession(session, episodeId, THIRD, TestClinicClock.clinic().instant()));
        Optional<DueStore.Count> again = transactions.execute(tx -> store.countSession(session, episodeId, THIRD, TestClinicClock.clinic().instant()));

        assertThat(first).contains(new DueStore.Count(1, THIRD));
        assertThat(again).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited ten seconds in vain");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
