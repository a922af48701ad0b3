package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.PreparedPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A therapist's open notes and a supervisor's co-sign queue (on every home page) are read with
 * plans that PostgreSQL reuses: their statuses are literals, matching the partial indexes that
 * serve them. As bind values they had the statements planned again on every call.
 */
@ClinicIntegrationTest
class NoteQueuePlanTests {

    /** The driver prepares a statement on the server at its fifth use; the server chooses its plan after five more. */
    private static final int CALLS = 15;

    @Autowired
    NoteRepository notes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theNoteQueuesAreReadWithPlansThatAreReused() {
        UUID someone = UUID.randomUUID();

        List<PreparedPlans.Plans> run = new TransactionTemplate(transactions).execute(status -> {
            PreparedPlans before = PreparedPlans.now(jdbc);
            for (int i = 0; i < CALLS; i++) {
                notes.openOf(someone);
                notes.awaitingCoSignBy(someone);
            }
            return PreparedPlans.now(jdbc).runSince(before, CALLS - 5, sql -> sql.contains("\"session_note\".\"status\" in")
                    || sql.contains("\"session_note\".\"status\" ="));
        });

        assertThat(run).as("run as prepared statements").hasSize(2)
                .allSatisfy(plans -> assertThat(plans.generic()).as("reusable plans of %s", plans.statement()).isPositive());
    }
}
