package org.imagoclinic.scheduling.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.imagoclinic.shared.ModuleScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every minute closes the waitlist offers that ran out and offers their slots to the next couples
 * (ADR 0046). Not started when {@code imago.scheduling.waitlist-offers.enabled=false} (the tests run
 * the work themselves).
 */
@Component
class WaitlistOfferSchedule extends ModuleScheduler {

    static final String TABLE = "scheduling.scheduled_tasks";
    static final String TASK = "scheduling-waitlist-offers-run-out";

    private static final Logger log = LoggerFactory.getLogger(WaitlistOfferSchedule.class);

    private final WaitlistOffers offers;

    WaitlistOfferSchedule(DataSource dataSource, WaitlistOffers offers, Clock clock,
                          @Value("${imago.scheduling.waitlist-offers.enabled:true}") boolean enabled) {
        super(dataSource, TABLE, clock, Duration.ofSeconds(30), enabled);
        this.offers = offers;
    }

    @Override
    public RecurringTask<Void> task() {
        return Tasks.recurring(TASK, Schedules.fixedDelay(Duration.ofMinutes(1))).execute((instance, context) -> {
            int runOut = offers.closeRunOut();
            if (runOut > 0) {
                log.info("Waitlist: {} offer(s) ran out; their slots went to the next couples", runOut);
            }
        });
    }
}
