package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
 * runs one) can use the partial indexes on open episodes in a plan that PostgreSQL reuses. Their
 * "not closed" must be the literal of those indexes ({@code where status <> 'CLOSED'}): with a bind
 * value in its place no reusable plan can use them, and PostgreSQL planned the couple's record afresh
 * on every call, a third of a millisecond of its CPU per booking (docs/benchmarks.md, 2026-11-27).
 */
@ClinicIntegrationTest
class OpenEpisodePlanTests {

    private static final int CALLS = 6;

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
    void aCouplesOpenEpisodeIsFoundThroughItsPartialIndexInAReusablePlan() {
        Couple couple = TestCouples.caredForBy(context, TestAccounts.staff(context, "plans", Roles.THERAPIST).staffId());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < CALLS; i++) {
                assertThat(couples.atAGlance(couple.id())).isPresent();
                assertThat(episodes.openOf(couple.id())).isPresent();
                couples.therapistsWithCouples();
            }
            assertThat(PreparedPlans.genericPlanOf(jdbc, sql -> sql.contains("\"open_episode\".\"opened_on\"")))
                    .as("the couple at a glance").contains("episode_one_open_per_couple");
            assertThat(PreparedPlans.genericPlanOf(jdbc, sql -> sql.startsWith("select \"clients\".\"episode\".\"id\"")
                    && sql.contains("\"clients\".\"episode\".\"status\" <>") && !sql.contains(" or ")))
                    .as("the open episode").contains("episode_one_open_per_couple");
            // either open-episode index serves either half (both are partial on the open episodes): which one
            // the planner takes depends on how many episodes the shared test database holds by then
            assertThat(PreparedPlans.genericPlanOf(jdbc, sql -> sql.contains(" union ") && sql.contains("\"clients\".\"episode\"")))
                    .as("the therapists with couples").containsAnyOf("episode_open_by_primary", "episode_open_by_co")
                    .doesNotContain("Seq Scan");
        });
    }
}
