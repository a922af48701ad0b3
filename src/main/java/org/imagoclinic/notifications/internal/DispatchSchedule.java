package org.imagoclinic.notifications.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.imagoclinic.shared.ModuleScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The outbox is sent by a recurring task on db-scheduler (ADR 0033): its state lives in
 * {@code notifications.scheduled_tasks}, so with several instances on one database one runs it at a
 * time, and a restart loses nothing (what is due is in the outbox). Its clock is the clinic clock.
 * Started once the application is ready ({@link ModuleScheduler}), unless
 * {@code imago.notifications.dispatch.enabled=false} (the tests drive the dispatcher themselves).
 */
@Component
class DispatchSchedule extends ModuleScheduler {

    static final String TABLE = "notifications.scheduled_tasks";
    static final String TASK = "notifications-dispatch";

    private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

    private final Dispatcher dispatcher;
    private final Duration every;

    DispatchSchedule(DataSource dataSource, Dispatcher dispatcher, Clock clock,
                     @Value("${imago.notifications.dispatch.every:30s}") Duration every,
                     @Value("${imago.notifications.dispatch.enabled:true}") boolean enabled) {
        super(dataSource, TABLE, clock, every, enabled);
        this.dispatcher = dispatcher;
        this.every = every;
    }

    /** The recurring task that sends what is due. */
    @Override
    public RecurringTask<Void> task() {
        return Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> {
            int handled = dispatcher.deliverDue();
            if (handled > 0) {
                log.debug("Outbox: {} message(s) handled", handled);
            }
        });
    }
}
