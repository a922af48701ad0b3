package org.imagoclinic.scheduling.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.ClashException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the writes that hold therapists, rooms and partners inside a savepoint. When PostgreSQL's
 * exclusion constraint refuses them (SQL state 23P01), the transaction goes back to the savepoint,
 * which leaves it usable, so that the clash can be described from what is now committed; then a
 * {@link ClashException} rolls the whole booking back. No check-then-insert: the constraint decides.
 */
@Component
class ClashGuard {

    static final String EXCLUSION_VIOLATION = "23P01";

    private final TransactionTemplate savepoint;

    ClashGuard(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    void write(Runnable writes, Supplier<List<Clash>> describe) {
        try {
            savepoint.executeWithoutResult(status -> writes.run());
        } catch (DataIntegrityViolationException refused) {
            if (!isClash(refused)) {
                throw refused;
            }
            throw new ClashException(describe.get());
        }
    }

    static boolean isClash(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
