package org.imagoclinic.notifications.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The outbox is sent by a recurring task on db-scheduler (ADR 0033): its state lives in
 * {@code notifications.scheduled_tasks}, so with several instances on one database one runs it at a
 * time, and a restart loses nothing (what is due is in the outbox). Its clock is the clinic clock.
 * Started once the application is ready, unless {@code imago.notifications.dispatch.enabled=false}
 * (the tests drive the dispatcher themselves).
 */
@Component
class DispatchSchedule implements SmartLifecycle {

    static final String TABLE = "notifications.scheduled_tasks";
    static final String TASK = "notifications-dispatch";

    private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

    private final DataSource dataSource;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final Duration every;
    private final boolean enabled;
    private volatile Scheduler scheduler;

    DispatchSchedule(DataSource dataSource, Dispatcher dispatcher, Clock clock,
                     @Value("${imago.notifications.dispatch.every:30s}") Duration every,
                     @Value("${imago.notifications.dispatch.enabled:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.every = every;
        this.enabled = enabled;
    }

    /** The recurring task that sends what is due. */
    RecurringTask<Void> task() {
        return Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> {
            int handled = dispatcher.deliverDue();
            if (handled > 0) {
                log.debug("Outbox: {} message(s) handled", handled);
            }
        });
    }

    /** A db-scheduler on the application's database with the dispatch task, not started. */
    SchedulerBuilder builder() {
        RecurringTask<Void> task = task();
        return Scheduler.create(dataSource, List.of())
                .startTasks(task)
                .tableName(TABLE)
                .clock(clock::instant)
                .pollingInterval(every)
                .threads(1);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        if (!enabled || scheduler != null) {
            return;
        }
        scheduler = builder().build();
        scheduler.start();
        log.info("Outbox dispatch runs every {} on db-scheduler", every);
    }

    @Override
    public void start() {
        // started by startWhenReady, once the database is migrated and the application is ready
    }

    @Override
    public void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
