package org.imagoclinic.security.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.imagoclinic.shared.ModuleScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Once a day (03:15 by the clinic clock) forgets the sign-in lock-out's rows older than a day, so the
 * table of failed sign-ins stays small whatever a guesser sends (ADR 0037). Runs on the project's
 * scheduler, db-scheduler, with its state in {@code security.scheduled_tasks}: with several
 * instances on one database one prunes. Not started when
 * {@code imago.security.sign-in-pruning.enabled=false} (the tests run the task themselves).
 */
@Component
class SignInRecordsPruning extends ModuleScheduler {

    static final String TABLE = "security.scheduled_tasks";
    static final String TASK = "security-sign-in-pruning";
    static final LocalTime DAILY_AT = LocalTime.of(3, 15);
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SignInRecordsPruning.class);

    private final SignInLockout lockout;
    private final Clock clock;

    SignInRecordsPruning(DataSource dataSource, SignInLockout lockout, Clock clock,
                         @Value("${imago.security.sign-in-pruning.enabled:true}") boolean enabled) {
        super(dataSource, TABLE, clock, Duration.ofMinutes(1), enabled);
        this.lockout = lockout;
        this.clock = clock;
    }

    /** The daily task, in the clinic's time zone. */
    @Override
    public RecurringTask<Void> task() {
        return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), DAILY_AT)).execute((instance, context) -> {
            int forgotten = lockout.forgetBefore(clock.instant().minus(KEPT_FOR));
            log.info("Sign-in lock-out: {} old row(s) pruned", forgotten);
        });
    }
}
