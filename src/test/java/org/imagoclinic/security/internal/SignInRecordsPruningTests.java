package org.imagoclinic.security.internal;

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
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in lock-out's table of failed sign-ins does not grow for ever: a nightly task on the
 * project's scheduler (db-scheduler), at 03:15 by the clinic clock, forgets what is older than a day
 * (ADR 0037).
 */
@ClinicIntegrationTest
class SignInRecordsPruningTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clinicClock;
    @Autowired
    SignInRecordsPruning pruning;

    @Test
    void atQuarterPastThreeAtNightFailuresAndLockOutsOlderThanADayAreForgottenAndRecentOnesKept() {
        String key = "pruned-" + UUID.randomUUID();
        Instant now = TestClinicClock.current();
        failure(key, now.minus(Duration.ofDays(2)));
        failure(key, now.minus(Duration.ofHours(1)));
        jdbc.update("insert into security.sign_in_lock (username_key, locked_at, locked_until) values (?, ?, ?)",
                key, Timestamp.from(now.minus(Duration.ofDays(2))), Timestamp.from(now.minus(Duration.ofDays(2)).plusSeconds(900)));

        SettableClock schedulerClock = new SettableClock();
        schedulerClock.set(now);
        ManualScheduler scheduler = (ManualScheduler) TestHelper.createManualScheduler(dataSource, List.of())
                .clock(schedulerClock).startTasks(List.of(pruning.task())).tableName(SignInRecordsPruning.TABLE).build();
        scheduler.start();
        try {
            scheduler.runAnyDueExecutions();
            assertThat(failuresOf(key)).isEqualTo(2);

            Instant tonight = LocalDate.ofInstant(now, clinicClock.getZone()).plusDays(1)
                    .atTime(SignInRecordsPruning.DAILY_AT).atZone(clinicClock.getZone()).toInstant().plusSeconds(1);
            TestClinicClock.setTo(tonight);
            schedulerClock.set(tonight);
            scheduler.runAnyDueExecutions();
        } finally {
            scheduler.stop();
        }

        assertThat(failuresOf(key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from security.sign_in_lock where username_key = ?", Integer.class, key))
                .isZero();
    }

    private void failure(String key, Instant at) {
        jdbc.update("insert into security.sign_in_failure (username_key, failed_at, settled) values (?, ?, true)",
                key, Timestamp.from(at));
    }

    private int failuresOf(String key) {
        Integer count = jdbc.queryForObject("select count(*) from security.sign_in_failure where username_key = ?",
                Integer.class, key);
        return count == null ? 0 : count;
    }
}
