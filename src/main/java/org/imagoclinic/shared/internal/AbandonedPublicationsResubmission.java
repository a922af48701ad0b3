package org.imagoclinic.shared.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * Hands event publications that nobody is handling any more (their instance was killed, their
 * listener failed) to their listeners again, safely with several instances on one database
 * (ADR 0057).
 *
 * <p>Every publication holds a lease of {@code imago.events.lease} from its publication or its last
 * resubmission. Each round, on every instance, one statement marks the publications whose lease ran
 * out {@code FAILED}; Spring Modulith's resubmission then claims each failed one with a conditional
 * update (only one instance wins it, and the claim starts a new lease) before handing it to the
 * listener. A publication another live instance is handling is inside its lease and is left alone.
 * One instance runs a round at a time (a PostgreSQL advisory lock held by the round's connection,
 * released if the instance dies): Spring Modulith 2.0.3 claims a publication with "not already
 * resubmitted", which a second round that had read it as failed a moment earlier could still win
 * once the first one's listener had marked it in progress.
 */
@Component
class AbandonedPublicationsResubmission implements DisposableBean {

    /** The advisory lock a round holds (reporting's rebuild uses 1 500 015; two-key locks are another space). */
    static final long ROUND_LOCK = 1_500_057;
    private static final Logger log = LoggerFactory.getLogger(AbandonedPublicationsResubmission.class);

    private final JdbcTemplate jdbc;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final boolean enabled;
    private final Duration lease;
    private final Duration every;
    private final int batch;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("event-resubmission").daemon().factory());

    AbandonedPublicationsResubmission(JdbcTemplate jdbc, IncompleteEventPublications incomplete, Clock clock,
                                      @Value("${imago.events.resubmission.enabled:true}") boolean enabled,
                                      @Value("${imago.events.lease:5m}") Duration lease,
                                      @Value("${imago.events.resubmission.every:1m}") Duration every,
                                      @Value("${imago.events.resubmission-batch:500}") int batch) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.clock = clock;
        this.enabled = enabled;
        this.lease = lease;
        this.every = every;
        this.batch = batch;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startRounds() {
        if (enabled) {
            rounds.scheduleWithFixedDelay(this::roundSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        rounds.shutdownNow();
    }

    /**
     * One round: publications whose lease ran out become failed, and failed ones older than a lease
     * are resubmitted, at most {@code imago.events.resubmission-batch} in flight across all instances.
     *
     * @return how many publications this round found abandoned, or -1 if another instance's round was under way
     */
    int resubmitAbandoned() {
        DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource());
        try (Connection round = dataSource.getConnection(); Statement lock = round.createStatement()) {
            if (!locked(lock, "select pg_try_advisory_lock(" + ROUND_LOCK + ")")) {
                return -1;
            }
            try {
                return markAndResubmit();
            } finally {
                locked(lock, "select pg_advisory_unlock(" + ROUND_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The round of abandoned event publications could not take its lock", e);
        }
    }

    private static boolean locked(Statement statement, String sql) throws SQLException {
        try (ResultSet answer = statement.executeQuery(sql)) {
            return answer.next() && answer.getBoolean(1);
        }
    }

    private int markAndResubmit() {
        int abandoned = markAbandonedFailed();
        if (abandoned > 0) {
            log.info("{} event publications outlived their lease of {} unhandled; resubmitting them", abandoned, lease);
        }
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(batch).withMaxInFlight(batch)
                .withMinAge(lease));
        return abandoned;
    }

    /** One statement, so that a publication another instance has just claimed (a new lease) is not taken from it. */
    private int markAbandonedFailed() {
        return jdbc.update("update event_publication set status = 'FAILED' where completion_date is null "
                        + "and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED') "
                        + "and coalesce(last_resubmission_date, publication_date) < ?",
                Timestamp.from(clock.instant().minus(lease)));
    }

    private void roundSafely() {
        try {
            resubmitAbandoned();
        } catch (RuntimeException e) {
            log.warn("Resubmitting abandoned event publications failed this round; the next round tries again", e);
        }
    }
}
