package org.imagoclinic.shared.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * After a restart, hands the event publications that an earlier run left incomplete (a crash, a
 * kill, a listener that failed) to their listeners again, in batches in the background (ADR 0004).
 *
 * <p>Spring Modulith's own {@code republish-outstanding-events-on-restart} reads every incomplete
 * publication into memory and marks each resubmitted, one statement at a time, before the
 * application is ready: 100 000 of them held about 450 MB of heap and kept the application from
 * starting for over an hour on a loaded machine (docs/benchmarks.md). Here, once the application
 * is ready, the earlier run's incomplete publications are marked failed (one instance of the
 * application: nothing from before the start can still be in progress), and Modulith's batched
 * resubmission works them off, at most {@code imago.events.resubmission-batch} at a time.
 */
@Component
class OutstandingEventsAfterRestart implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEventsAfterRestart.class);
    private static final Duration PAUSE = Duration.ofMillis(200);
    /** Rounds without progress after which the rest waits for the next restart (a listener that keeps failing). */
    private static final int PATIENCE = 150;

    private final JdbcTemplate jdbc;
    private final IncompleteEventPublications incomplete;
    private final boolean enabled;
    private final int batch;
    private final Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    private volatile boolean stopping;

    OutstandingEventsAfterRestart(JdbcTemplate jdbc, IncompleteEventPublications incomplete,
                                  @Value("${imago.events.resubmit-on-restart:true}") boolean enabled,
                                  @Value("${imago.events.resubmission-batch:500}") int batch) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.enabled = enabled;
        this.batch = batch;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resubmitInBackground() {
        if (!enabled) {
            return;
        }
        int outstanding = jdbc.update("update event_publication set status = 'FAILED' "
                + "where completion_date is null and status is distinct from 'FAILED' and publication_date < ?", Timestamp.from(started));
        long left = remaining();
        if (left > 0) {
            log.info("Resubmitting {} event publications left incomplete by the previous run ({} were still outstanding)", left,
                    outstanding);
            Thread.ofPlatform().name("event-resubmission").daemon().start(this::workOff);
        }
    }

    @Override
    public void destroy() {
        stopping = true;
    }

    private void workOff() {
        ResubmissionOptions options = ResubmissionOptions.defaults().withBatchSize(batch).withMaxInFlight(batch)
                .withMinAge(Duration.ZERO).withFilter(publication -> publication.getPublicationDate().isBefore(started));
        long left = remaining();
        int idle = 0;
        try {
            while (left > 0 && !stopping && idle < PATIENCE) {
                incomplete.resubmitIncompletePublications(options);
                Thread.sleep(PAUSE);
                long now = remaining();
                idle = now < left ? 0 : idle + 1;
                left = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!stopping) {
                log.warn("Resubmitting the previous run's event publications stopped; the rest waits for the next start", e);
            }
            return;
        }
        if (left > 0 && !stopping) {
            log.warn("{} event publications of the previous run still fail; they are resubmitted at the next start", left);
        } else if (left == 0) {
            log.info("Every event publication left by the previous run is complete");
        }
    }

    private long remaining() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null and publication_date < ?",
                Long.class, Timestamp.from(started));
    }
}
