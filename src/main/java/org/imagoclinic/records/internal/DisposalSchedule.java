package org.imagoclinic.records.internal;

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
 * Each night (02:45 by the clinic clock) finishes the approved disposals whose every module has done
 * its part, then lists the couples whose retention has ended for an administrator to approve (ADR 0049).
 * Not started when {@code imago.records.disposal-list.enabled=false}.
 */
@Component
class DisposalSchedule extends ModuleScheduler {

    static final String TABLE = "records.scheduled_tasks";
    static final String TASK = "records-disposal-list";
    static final LocalTime DAILY_AT = LocalTime.of(2, 45);

    private static final Logger log = LoggerFactory.getLogger(DisposalSchedule.class);

    private final DisposalService disposals;
    private final Clock clock;

    DisposalSchedule(DataSource dataSource, DisposalService disposals, Clock clock,
                     @Value("${imago.records.disposal-list.enabled:true}") boolean enabled) {
        super(dataSource, TABLE, clock, Duration.ofMinutes(1), enabled);
        this.disposals = disposals;
        this.clock = clock;
    }

    @Override
    public RecurringTask<Void> task() {
        return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), DAILY_AT)).execute((instance, context) -> {
            int finished = disposals.finishApproved();
            int listed = disposals.listDueToday();
            log.info("Records: {} disposal(s) completed, {} couple(s) listed for disposal", finished, listed);
        });
    }
}
