package org.imagoclinic.security.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once a day (03:15 by the clinic clock) forgets the sign-in lock-out's rows older than a day, so the
 * table of failed sign-ins stays small whatever a guesser sends (ADR 0037). Runs on the project's
 * scheduler, db-scheduler, with its state in {@code security.scheduled_tasks}: with several
 * instances on one database one prunes. Not started when
 * {@code imago.security.sign-in-pruning.enabled=false} (the tests run the task themselves).
 */
@Component
class SignInRecordsPruning implements SmartLifecycle {

    static final String TABLE = "security.scheduled_tasks";
    static final String TASK = "security-sign-in-pruning";
    static final LocalTime DAILY_AT = LocalTime.of(3, 15);
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SignInRecordsPruning.class);

    private final DataSource dataSource;
    private final SignInLockout lockout;
    private final Clock clock;
    private final boolean enabled;
    private volatile @Nullable Scheduler scheduler;

    SignInRecordsPruning(DataSource dataSource, SignInLockout lockout, Clock clock,
                         @Value("${imago.security.sign-in-pruning.enabled:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.lockout = lockout;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** The daily task, in the clinic's time zone. */
    RecurringTask<Void> task() {
        return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), DAILY_AT)).execute((instance, context) -> {
            int forgotten = lockout.forgetBefore(clock.instant().minus(KEPT_FOR));
            log.info("Sign-in lock-out: {} old row(s) pruned", forgotten);
        });
    }

    /** A db-scheduler on the application's database with the pruning task, not started. */
    SchedulerBuilder builder() {
        return Scheduler.create(dataSource, List.of()).startTasks(task()).tableName(TABLE).clock(clock::instant)
                .pollingInterval(Duration.ofMinutes(1)).threads(1);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        if (enabled && scheduler == null) {
            Scheduler started = builder().build();
            started.start();
            scheduler = started;
        }
    }

    @Override
    public void start() {
        // started by startWhenReady, once the database is migrated
    }

    @Override
    public void stop() {
        Scheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
