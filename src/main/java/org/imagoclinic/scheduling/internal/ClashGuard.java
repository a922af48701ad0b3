package org.imagoclinic.scheduling.internal;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.ClashException;
import org.springframework.dao.ConcurrencyFailureException;
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
 *
 * <p>Writers first take their turn on every resource they hold (see
 * {@link AppointmentRepository#takeTurnOn}), so two bookings of one slot never insert clashing rows
 * at the same instant; the second waits for the first to finish and then gets the clash, or its
 * place if the first gave up. Should PostgreSQL still report a deadlock (SQL state 40P01), the
 * loser goes back to its savepoint and writes again.
 */
@Component
class ClashGuard {

    static final String EXCLUSION_VIOLATION = "23P01";
    static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS_AFTER_DEADLOCK = 5;

    private final TransactionTemplate savepoint;
    private final AppointmentRepository appointments;

    ClashGuard(PlatformTransactionManager transactions, AppointmentRepository appointments) {
        this.appointments = appointments;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Runs {@code writes}, which hold time of the resources named, or throws a {@link ClashException}
     * with the clashes that {@code describe} finds once PostgreSQL has refused them.
     */
    void write(Collection<UUID> resourceIds, Runnable writes, Supplier<List<Clash>> describe) {
        for (int attempt = 1; ; attempt++) {
            try {
                savepoint.executeWithoutResult(status -> {
                    appointments.takeTurnOn(resourceIds);
                    writes.run();
                });
                return;
            } catch (DataIntegrityViolationException refused) {
                if (!isClash(refused)) {
                    throw refused;
                }
                throw new ClashException(describe.get());
            } catch (ConcurrencyFailureException deadlocked) {
                if (!hasState(deadlocked, DEADLOCK) || attempt == ATTEMPTS_AFTER_DEADLOCK) {
                    throw deadlocked;
                }
            }
        }
    }

    static boolean isClash(Throwable failure) {
        return hasState(failure, EXCLUSION_VIOLATION);
    }

    private static boolean hasState(Throwable failure, String sqlState) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
