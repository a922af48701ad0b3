package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.PreparedPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statements that look for a couple's open episode (every page and booking that shows a couple
 * runs one) are planned once per connection and then reused. Their "not closed" must match the
 * partial indexes on open episodes as a literal: with a bind value in its place PostgreSQL cannot
 * use those indexes in a reusable plan and plans the statement again on every call, which cost a
 * third of a millisecond of the database's CPU per booking (docs/benchmarks.md, 2026-11-27).
 */
@ClinicIntegrationTest
class OpenEpisodePlanTests {

    /** The driver prepares a statement on the server at its fifth use; the server chooses its plan after five more. */
    private static final int CALLS = 15;

    @Autowired
    ApplicationContext context;
    @Autowired
    CoupleRepository couples;
    @Autowired
    EpisodeRepository episodes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCouplesOpenEpisodeIsLookedUpWithAPlanThatIsReused() {
        Couple couple = TestCouples.caredForBy(context, TestAccounts.staff(context, "plans", Roles.THERAPIST).staffId());

        List<PreparedPlans.Plans> run = new TransactionTemplate(transactions).execute(status -> {
            PreparedPlans before = PreparedPlans.now(jdbc);
            for (int i = 0; i < CALLS; i++) {
                assertThat(couples.atAGlance(couple.id())).isPresent();
                assertThat(episodes.openOf(couple.id())).isPresent();
                assertThat(episodes.careTeamOf(couple.id(), LocalDate.now().minusDays(30))).hasSize(1);
                couples.therapistsWithCouples();
            }
            return PreparedPlans.now(jdbc).runSince(before, CALLS - 5, sql -> sql.contains("\"clients\".\"episode\"")
                    || sql.contains("\"open_episode\""));
        });

        assertThat(run).as("run as prepared statements").hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(plans -> assertThat(plans.generic()).as("reusable plans of %s", plans.statement()).isPositive());
    }
}
