package org.imagoclinic.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure whose cause is that the database can't be reached just now (down,
 * restarting, connections dropped, no connection free in time), so that the API can answer 503 and
 * the UI can say so, instead of a 500 or a misleading "sign in first".
 */
public final class DatabaseOutage {

    /** What a person is told, in the API's problem detail and in the UI. */
    public static final String MESSAGE =
            "The clinic's database can't be reached just now. Nothing was saved; try again in a moment.";

    private DatabaseOutage() {
    }

    /** Whether this failure, or one of its causes, is the database being out of reach. */
    public static boolean explains(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof java.net.ConnectException) {
                return true;
            }
            // a rollback on a connection the server already dropped hides the real failure here
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && explains(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
