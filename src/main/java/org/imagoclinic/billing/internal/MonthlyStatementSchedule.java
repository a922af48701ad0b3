package org.imagoclinic.billing.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.imagoclinic.billing.MonthlyStatements;
import org.imagoclinic.shared.ModuleScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each morning (09:30 by the clinic clock, after quiet hours) sends last month's statements when it is the clinic's day
 * (ADR 0047); db-scheduler runs it on one instance only. Not started when
 * {@code imago.billing.monthly-statements.enabled=false}.
 */
@Component
class MonthlyStatementSchedule extends ModuleScheduler {

    static final String TABLE = "billing.scheduled_tasks";
    static final String TASK = "billing-monthly-statements";
    static final LocalTime DAILY_AT = LocalTime.of(9, 30);

    private final MonthlyStatements statements;
    private final Clock clock;

    MonthlyStatementSchedule(DataSource dataSource, MonthlyStatements statements, Clock clock,
                             @Value("${imago.billing.monthly-statements.enabled:true}") boolean enabled) {
        super(dataSource, TABLE, clock, Duration.ofMinutes(1), enabled);
        this.statements = statements;
        this.clock = clock;
    }

    @Override
    public RecurringTask<Void> task() {
        return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), DAILY_AT))
                .execute((instance, context) -> statements.sendDue());
    }
}
