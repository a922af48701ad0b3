package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.SIGN_IN_FAILURE;
import static org.imagoclinic.security.internal.db.Tables.SIGN_IN_LOCK;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Five failed sign-ins for one user name within fifteen minutes lock it for fifteen minutes.
 * Counted per typed user name ({@link TypedUserNames#key}), whether an account has it or not, so that
 * a lock-out never tells a stranger which user names exist. Attempts during a lock are refused
 * without being counted.
 *
 * <p>An attempt takes a place before its password is checked ({@link #claim}), one user name at a
 * time: failures and checks still running together never exceed five, so fifty guesses sent at once
 * get five password checks, not fifty. An attempt that finds every place taken by checks still
 * running waits for one to settle instead of being refused, so that a client sending many requests
 * at once with the right password is never locked out by its own traffic (ADR 0030).
 */
@Service
class SignInLockout {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** A check still unsettled after this long was cut short (a crash): its place is free again. */
    static final Duration CHECK_ABANDONED = Duration.ofMinutes(1);
    private static final Duration WAIT_FOR_A_PLACE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    /** The first key of the advisory locks on typed user names (other modules use 15 to 17 and 1 500 015). */
    private static final int USER_NAME_LOCKS = 20;

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;

    SignInLockout(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A sign-in holding a place while its password is checked. */
    record Attempt(String key, long place) {
    }

    /** Until when the user name is locked, if it is locked at {@code now}. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return lockOn(TypedUserNames.key(username), now);
    }

    /**
     * Lets one more password be checked for this user name, waiting while the places are all held by
     * checks still running; each try commits on its own.
     *
     * @throws AccountLockedException when a lock is in force (not counted)
     * @throws LockedException when no place came free in time
     */
    public Attempt claim(String username, @Nullable String ipAddress, Instant now) {
        String key = TypedUserNames.key(username);
        long waitedMillis = 0;
        while (true) {
            Optional<Attempt> attempt = ownTransaction.execute(status -> tryClaim(key, ipAddress, now));
            if (attempt != null && attempt.isPresent()) {
                return attempt.get();
            }
            if (waitedMillis >= WAIT_FOR_A_PLACE.toMillis()) {
                throw new LockedException("Too many sign-ins for this user name at once; try again in a moment.");
            }
            pause();
            waitedMillis += POLL_MILLIS;
        }
    }

    private Optional<Attempt> tryClaim(String key, @Nullable String ipAddress, Instant now) {
        holdUserName(key);
        Optional<Instant> locked = lockOn(key, now);
        if (locked.isPresent()) {
            throw new AccountLockedException(locked.get(), false);
        }
        int failed = db.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.USERNAME_KEY.eq(key)
                .and(SIGN_IN_FAILURE.SETTLED.isTrue()).and(SIGN_IN_FAILURE.FAILED_AT.gt(at(now.minus(WINDOW)))));
        int running = db.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.USERNAME_KEY.eq(key)
                .and(SIGN_IN_FAILURE.SETTLED.isFalse()).and(SIGN_IN_FAILURE.FAILED_AT.gt(at(now.minus(CHECK_ABANDONED)))));
        if (failed + running >= MAX_FAILURES) {
            return Optional.empty();
        }
        long place = db.insertInto(SIGN_IN_FAILURE)
                .set(SIGN_IN_FAILURE.USERNAME_KEY, key)
                .set(SIGN_IN_FAILURE.FAILED_AT, at(now))
                .set(SIGN_IN_FAILURE.IP_ADDRESS, ipAddress)
                .set(SIGN_IN_FAILURE.SETTLED, false)
                .returningResult(SIGN_IN_FAILURE.ID)
                .fetchOne(SIGN_IN_FAILURE.ID);
        return Optional.of(new Attempt(key, place));
    }

    /**
     * The password was wrong: the attempt's place becomes a failure; the one that reaches the limit
     * locks the user name.
     *
     * @return until when the user name is now locked, if this failure locked it
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> failed(Attempt attempt, Instant now) {
        holdUserName(attempt.key());
        db.update(SIGN_IN_FAILURE).set(SIGN_IN_FAILURE.SETTLED, true).set(SIGN_IN_FAILURE.FAILED_AT, at(now))
                .where(SIGN_IN_FAILURE.ID.eq(attempt.place())).execute();
        int recent = db.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.USERNAME_KEY.eq(attempt.key())
                .and(SIGN_IN_FAILURE.SETTLED.isTrue()).and(SIGN_IN_FAILURE.FAILED_AT.gt(at(now.minus(WINDOW)))));
        if (recent < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant until = now.plus(LOCK);
        db.insertInto(SIGN_IN_LOCK)
                .set(SIGN_IN_LOCK.USERNAME_KEY, attempt.key())
                .set(SIGN_IN_LOCK.LOCKED_AT, at(now))
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, at(until))
                .onConflict(SIGN_IN_LOCK.USERNAME_KEY)
                .doUpdate()
                .set(SIGN_IN_LOCK.LOCKED_AT, at(now))
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, at(until))
                .execute();
        // the failures that caused this lock must not cause another one when it ends
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME_KEY.eq(attempt.key()))
                .and(SIGN_IN_FAILURE.SETTLED.isTrue()).execute();
        return Optional.of(until);
    }

    /**
     * The password was right: frees the attempt's place and forgets the failures before it (checks of
     * other attempts still running keep their places and settle on their own).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        holdUserName(attempt.key());
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME_KEY.eq(attempt.key()))
                .and(SIGN_IN_FAILURE.SETTLED.isTrue().or(SIGN_IN_FAILURE.ID.eq(attempt.place()))).execute();
    }

    /**
     * The password was right but a second factor is still to come: frees the attempt's place and keeps
     * the failures before it, so that wrong codes can't be wiped out by typing the password again (ADR 0034).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void passed(Attempt attempt) {
        holdUserName(attempt.key());
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.ID.eq(attempt.place())).execute();
    }

    /** Lifts a lock and forgets the failures; returns whether there was a lock in force. */
    @Transactional
    public boolean unlock(String username, Instant now) {
        String key = TypedUserNames.key(username);
        boolean wasLocked = lockOn(key, now).isPresent();
        db.deleteFrom(SIGN_IN_LOCK).where(SIGN_IN_LOCK.USERNAME_KEY.eq(key)).execute();
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME_KEY.eq(key)).execute();
        return wasLocked;
    }

    /**
     * Forgets the failures recorded and the lock-outs ended before {@code cutoff}: they decide nothing
     * any more (a failure counts for {@link #WINDOW}, an unsettled place for {@link #CHECK_ABANDONED});
     * the audit trail keeps every failed sign-in.
     *
     * @return how many rows went
     */
    int forgetBefore(Instant cutoff) {
        return db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.FAILED_AT.lt(at(cutoff))).execute()
                + db.deleteFrom(SIGN_IN_LOCK).where(SIGN_IN_LOCK.LOCKED_UNTIL.lt(at(cutoff))).execute();
    }

    private void holdUserName(String key) {
        db.fetch("select pg_advisory_xact_lock(?, hashtext(?))", USER_NAME_LOCKS, key);
    }

    private Optional<Instant> lockOn(String key, Instant now) {
        return db.select(SIGN_IN_LOCK.LOCKED_UNTIL).from(SIGN_IN_LOCK)
                .where(SIGN_IN_LOCK.USERNAME_KEY.eq(key))
                .and(SIGN_IN_LOCK.LOCKED_UNTIL.gt(at(now)))
                .fetchOptional(SIGN_IN_LOCK.LOCKED_UNTIL)
                .map(OffsetDateTime::toInstant);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockedException("Sign-in was interrupted; try again.");
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
