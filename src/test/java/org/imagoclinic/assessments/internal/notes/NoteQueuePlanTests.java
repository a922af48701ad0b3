package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.support.ClinicIntegrationTest;
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

        List<Map<String, Object>> prepared = new TransactionTemplate(transactions).execute(status -> {
            for (int i = 0; i < CALLS; i++) {
                notes.openOf(someone);
                notes.awaitingCoSignBy(someone);
            }
            // one connection for the whole transaction: these are the statements it prepared
            return jdbc.queryForList("select statement, generic_plans from pg_prepared_statements "
                    + "where statement like '%\"session_note\".\"status\" in%' "
                    + "or statement like '%\"session_note\".\"status\" =%'");
        });

        assertThat(prepared).as("prepared on the server").hasSize(2)
                .allSatisfy(statement -> assertThat((Long) statement.get("generic_plans"))
                        .as("reusable plans of %s", statement.get("statement")).isPositive());
    }
}
