package org.imagoclinic.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.SessionScheduled;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Several instances on one database (ADR 0057): a publication another live instance is handling is
 * never resubmitted, a dead instance's publications are taken over once their lease ran out, and two
 * instances' rounds at the same moment hand each abandoned publication to its listener once. The
 * instances are simulated in one JVM against the one database: their rounds share nothing but it.
 */
@ClinicIntegrationTest
class AbandonedPublicationsResubmissionTests {

    /** Reporting's projection of a booking; with no couple it writes nothing, so the test leaves no trace in reports. */
    static final String LISTENER = "org.imagoclinic.reporting.internal.ReportingListeners.on(org.imagoclinic.scheduling.SessionScheduled)";
    static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired AbandonedPublicationsResubmission rounds;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventSerializer serializer;
    @Autowired Clock clock;

    @Test
    void aPublicationInItsLeaseIsLeftToItsInstanceAndTakenOverOnceTheLeaseRanOut() throws Exception {
        UUID inProgressElsewhere = publication("PROCESSING", clock.instant().minus(LEASE.dividedBy(2)));
        UUID ofAKilledInstance = publication("PROCESSING", clock.instant().minus(LEASE).minusSeconds(10));

        rounds.resubmitAbandoned();
        awaitHandled(List.of(ofAKilledInstance));

        assertThat(status(inProgressElsewhere)).as("a publication a live instance is handling stays with it").isEqualTo("PROCESSING");
        assertThat(archivedAttempts(inProgressElsewhere)).as("and is not handed to the listener a second time").isEmpty();
        assertThat(archivedAttempts(ofAKilledInstance)).as("the killed instance's publication, handled once").containsExactly(1);

        jdbc.update("update event_publication set publication_date = publication_date - interval '5 minutes' where id = ?",
                inProgressElsewhere);
        rounds.resubmitAbandoned();
        awaitHandled(List.of(inProgressElsewhere));
        assertThat(archivedAttempts(inProgressElsewhere)).as("taken over once its lease ran out").containsExactly(1);
    }

    @Test
    void twoInstancesRoundsAtOnceHandEveryAbandonedPublicationToItsListenerOnce() throws Exception {
        List<UUID> abandoned = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String status = List.of("PUBLISHED", "PROCESSING", "RESUBMITTED").get(i % 3);
            abandoned.add(publication(status, clock.instant().minus(LEASE).minusSeconds(60 + i)));
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                running.add(instances.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        rounds.resubmitAbandoned();
                    }
                    return null;
                }));
            }
            for (Future<?> instance : running) {
                instance.get();
            }
        } finally {
            instances.shutdown();
        }
        awaitHandled(abandoned);
        for (UUID id : abandoned) {
            assertThat(archivedAttempts(id)).as("publication %s handed to its listener once", id).containsExactly(1);
        }
    }

    private UUID publication(String status, Instant published) {
        UUID id = UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(3));
        SessionScheduled event = new SessionScheduled(UUID.randomUUID(), AppointmentKind.JOINT, null, List.of(), null, List.of(),
                start, start.plus(Duration.ofMinutes(90)), null);
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, "
                        + "completion_attempts) values (?, ?, ?, ?, ?, ?, 0)", id, LISTENER, SessionScheduled.class.getName(),
                serializer.serialize(event).toString(), Timestamp.from(published), status);
        return id;
    }

    private void awaitHandled(List<UUID> ids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.queryForObject("select count(*) from event_publication_archive where id = any(?)", Integer.class,
                (Object) ids.toArray(UUID[]::new)) < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from event_publication where id = ?", String.class, id);
    }

    private List<Integer> archivedAttempts(UUID id) {
        return jdbc.queryForList("select completion_attempts from event_publication_archive where id = ?", Integer.class, id);
    }
}
