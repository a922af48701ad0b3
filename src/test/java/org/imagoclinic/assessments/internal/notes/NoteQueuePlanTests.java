package org.imagoclinic.assessments.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.PreparedPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A therapist's open notes and a supervisor's co-sign queue (on every home page) can be read through
 * their partial indexes in a plan that PostgreSQL reuses: their statuses are the literals of those
 * indexes. As bind values, no reusable plan could use them and the statements were planned afresh
 * on every call.
 */
@ClinicIntegrationTest
class NoteQueuePlanTests {

    private static final int CALLS = 6;

    @Autowired
    NoteRepository notes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theNoteQueuesAreReadThroughTheirPartialIndexesInReusablePlans() {
        UUID someone = UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < CALLS; i++) {
                notes.openOf(someone);
                notes.awaitingCoSignBy(someone);
            }
            assertThat(PreparedPlans.genericPlanOf(jdbc, sql -> readsNotes(sql) && sql.contains("\"session_note\".\"author_id\" = cast($1")))
                    .as("the author's open notes").contains("session_note_author_open");
            assertThat(PreparedPlans.genericPlanOf(jdbc, sql -> readsNotes(sql) && sql.contains("\"session_note\".\"co_signer_id\" = cast($1")))
                    .as("the co-sign queue").contains("session_note_co_sign_queue");
        });
    }

    /** The queues' own reads, not the menu's counts of them, which the same pooled connection may have prepared. */
    private static boolean readsNotes(String sql) {
        return sql.startsWith("select \"assessments\".\"session_note\".\"id\"");
    }
}
