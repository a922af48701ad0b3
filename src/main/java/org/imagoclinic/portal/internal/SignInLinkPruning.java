package org.imagoclinic.portal.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.imagoclinic.shared.ModuleScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each night (03:30 by the clinic clock) forgets sign-in links that expired more than a month ago
 * (until then the sign-in page can still say "this link has expired" rather than "unknown") and
 * requests for links older than a day (the rate limit looks back an hour), so neither table grows
 * for ever. Not started when {@code imago.portal.link-pruning.enabled=false} (the tests run the task
 * themselves).
 */
@Component
class SignInLinkPruning extends ModuleScheduler {

    static final String TABLE = "portal.scheduled_tasks";
    static final String TASK = "portal-sign-in-link-pruning";
    static final LocalTime DAILY_AT = LocalTime.of(3, 30);
    static final Duration EXPIRED_LINKS_KEPT_FOR = Duration.ofDays(30);
    static final Duration LINK_REQUESTS_KEPT_FOR = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SignInLinkPruning.class);

    private final PortalAccountRepository accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignInLinkPruning(DataSource dataSource, PortalAccountRepository accounts, TransactionTemplate transactions,
                      Clock clock, @Value("${imago.portal.link-pruning.enabled:true}") boolean enabled) {
        super(dataSource, TABLE, clock, Duration.ofMinutes(1), enabled);
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RecurringTask<Void> task() {
        return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), DAILY_AT)).execute((instance, context) -> {
            Instant now = clock.instant();
            Integer forgotten = transactions.execute(status -> accounts.forget(now.minus(EXPIRED_LINKS_KEPT_FOR),
                    now.minus(LINK_REQUESTS_KEPT_FOR)));
            log.info("Portal: {} old sign-in link row(s) forgotten", forgotten);
        });
    }
}
