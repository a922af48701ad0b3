package org.imagoclinic.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * A module's recurring task on db-scheduler, the one way the application runs work on a timetable:
 * its state lives in the module's own {@code <schema>.scheduled_tasks} table, so with several
 * instances on one database one instance runs it at a time and a restart loses nothing; the clinic
 * clock tells it the time. It starts once the application is ready (the migrations have run) and no
 * {@link TimedWorkHold} holds it back, unless the module's setting turns it off (the tests drive the
 * task themselves), and stops with
 * the application.
 */
public abstract class ModuleScheduler implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;
    private final Duration polling;
    private final boolean enabled;
    private volatile @Nullable Scheduler scheduler;
    private boolean stopped;

    /**
     * @param table   the module's table, e.g. {@code notifications.scheduled_tasks}
     * @param polling how often the scheduler looks for due work
     * @param enabled whether it starts with the application
     */
    protected ModuleScheduler(DataSource dataSource, String table, Clock clock, Duration polling, boolean enabled) {
        this.dataSource = dataSource;
        this.table = table;
        this.clock = clock;
        this.polling = polling;
        this.enabled = enabled;
    }

    /** The module's recurring task. */
    public abstract RecurringTask<Void> task();

    /** A scheduler on the application's database with the task, not started. */
    public SchedulerBuilder builder() {
        return Scheduler.create(dataSource, List.of()).startTasks(task()).tableName(table).clock(clock::instant)
                .pollingInterval(polling).threads(1);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!enabled) {
            return;
        }
        TimedWorkHold hold = ready.getApplicationContext().getBeanProvider(TimedWorkHold.class).getIfAvailable();
        if (hold == null) {
            startScheduler();
        } else {
            hold.whenReleased(this::startScheduler);
        }
    }

    private synchronized void startScheduler() {
        if (scheduler == null && !stopped) {
            Scheduler started = builder().build();
            started.start();
            scheduler = started;
        }
    }

    @Override
    public void start() {
        // started on ApplicationReadyEvent, once the database is migrated and the application is ready
    }

    @Override
    public synchronized void stop() {
        stopped = true;
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
