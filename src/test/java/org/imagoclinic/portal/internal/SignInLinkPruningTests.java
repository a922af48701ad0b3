package org.imagoclinic.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's tables of sign-in links and link requests do not grow for ever: each night at 03:30
 * clinic time the links expired more than a month ago and the requests older than a day go, while a
 * recently expired link stays (so the sign-in page can still say it expired).
 */
@ClinicIntegrationTest
class SignInLinkPruningTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clinicClock;
    @Autowired
    SignInLinkPruning pruning;

    @Test
    void atHalfPastThreeAtNightLongExpiredLinksAndOldRequestsAreForgottenAndRecentOnesKept() {
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(TestCouples.registration()));
        PortalAccount account = TestPartners.invited(context, couple, couple.partnerA());
        Instant now = TestClinicClock.current();
        String key = "pruned-" + UUID.randomUUID() + "@example.org";
        link("long-expired-" + key, account.id(), now.minus(Duration.ofDays(31)));
        link("just-expired-" + key, account.id(), now.minus(Duration.ofDays(2)));
        request(key, now.minus(Duration.ofDays(2)));
        request(key, now.minus(Duration.ofMinutes(10)));

        SettableClock schedulerClock = new SettableClock();
        schedulerClock.set(now);
        ManualScheduler scheduler = (ManualScheduler) TestHelper.createManualScheduler(dataSource, List.of())
                .clock(schedulerClock).startTasks(List.of(pruning.task())).tableName(SignInLinkPruning.TABLE).build();
        scheduler.start();
        try {
            scheduler.runAnyDueExecutions();
            assertThat(requestsOf(key)).as("nothing before the night").isEqualTo(2);

            Instant tonight = LocalDate.ofInstant(now, clinicClock.getZone()).plusDays(1)
                    .atTime(SignInLinkPruning.DAILY_AT).atZone(clinicClock.getZone()).toInstant().plusSeconds(1);
            TestClinicClock.setTo(tonight);
            schedulerClock.set(tonight);
            scheduler.runAnyDueExecutions();
        } finally {
            scheduler.stop();
        }

        assertThat(requestsOf(key)).isEqualTo(1);
        assertThat(jdbc.queryForList("select token_hash from portal.sign_in_token where token_hash like ?", String.class,
                "%" + key)).containsExactly("just-expired-" + key);
    }

    private void link(String hash, UUID accountId, Instant expiredAt) {
        jdbc.update("insert into portal.sign_in_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)",
                hash, accountId, Timestamp.from(expiredAt.minus(Duration.ofDays(3))), Timestamp.from(expiredAt));
    }

    private void request(String key, Instant at) {
        jdbc.update("insert into portal.link_request (email_key, requested_at) values (?, ?)", key, Timestamp.from(at));
    }

    private int requestsOf(String key) {
        Integer count = jdbc.queryForObject("select count(*) from portal.link_request where email_key = ?", Integer.class, key);
        return count == null ? 0 : count;
    }
}
