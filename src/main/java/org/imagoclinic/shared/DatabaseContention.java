package org.imagoclinic.shared;

import java.sql.SQLException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Recognises a failure caused by other people's changes at the same moment (PostgreSQL chose this
 * transaction as a deadlock's loser, or could not serialise it, or a lock was not free in time):
 * the database is fine and trying again will most likely work, so it is neither "the database
 * can't be reached" nor a server error.
 */
public final class DatabaseContention {

    /** What a person is told, in the API's problem detail and in the UI. */
    public static final String MESSAGE =
            "Someone else was changing the same records at that moment. Nothing was saved; try again.";

    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03");

    private DatabaseContention() {
    }

    /** Whether this failure, or one of its causes, is contention with other changes. */
    public static boolean explains(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException
                    || cause instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
