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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five failed sign-ins for one user name within fifteen minutes lock it for fifteen minutes.
 * Counted per typed user name ({@link TypedUserNames#key}), whether an account has it or not, so that
 * a lock-out never tells a stranger which user names exist. Attempts during a lock are refused
 * without being counted.
 *
 * <p>An attempt is counted as failed <em>before</em> its password is checked ({@link #claim}), one
 * user name at a time, and forgiven when the password was right: fifty guesses sent at once get at
 * most five password checks, not fifty (ADR 0030).
 */
@Service
class SignInLockout {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    /** The first key of the advisory locks on typed user names (other modules use 15 to 17 and 1 500 015). */
    private static final int USER_NAME_LOCKS = 20;

    private final DSLContext db;

    SignInLockout(DSLContext db) {
        this.db = db;
    }

    /**
     * A sign-in allowed to check its password.
     *
     * @param lockedIfWrong until when the user name is locked if this attempt's password is wrong: this
     *                      was the last check the limit allows, and the lock is already in force for
     *                      attempts that come while it is being checked
     */
    record Attempt(String key, @Nullable Instant lockedIfWrong) {
    }

    /** Until when the user name is locked, if it is locked at {@code now}. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return lockOn(TypedUserNames.key(username), now);
    }

    /**
     * Lets one more password be checked for this user name, or refuses: commits on its own, counting
     * the attempt as failed until {@link #succeeded} forgives it. Claims for one user name are taken
     * one at a time, so the count is exact however many arrive at once.
     *
     * @throws AccountLockedException when a lock is in force (not counted)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt claim(String username, @Nullable String ipAddress, Instant now) {
        String key = TypedUserNames.key(username);
        db.fetch("select pg_advisory_xact_lock(?, hashtext(?))", USER_NAME_LOCKS, key);
        Optional<Instant> locked = lockOn(key, now);
        if (locked.isPresent()) {
            throw new AccountLockedException(locked.get(), false);
        }
        db.insertInto(SIGN_IN_FAILURE)
                .set(SIGN_IN_FAILURE.USERNAME_KEY, key)
                .set(SIGN_IN_FAILURE.FAILED_AT, at(now))
                .set(SIGN_IN_FAILURE.IP_ADDRESS, ipAddress)
                .execute();
        int recent = db.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.USERNAME_KEY.eq(key)
                .and(SIGN_IN_FAILURE.FAILED_AT.gt(at(now.minus(WINDOW)))));
        if (recent < MAX_FAILURES) {
            return new Attempt(key, null);
        }
        Instant until = now.plus(LOCK);
        db.insertInto(SIGN_IN_LOCK)
                .set(SIGN_IN_LOCK.USERNAME_KEY, key)
                .set(SIGN_IN_LOCK.LOCKED_AT, at(now))
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, at(until))
                .onConflict(SIGN_IN_LOCK.USERNAME_KEY)
                .doUpdate()
                .set(SIGN_IN_LOCK.LOCKED_AT, at(now))
                .set(SIGN_IN_LOCK.LOCKED_UNTIL, at(until))
                .execute();
        // the failures that caused this lock must not cause another one when it ends
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME_KEY.eq(key)).execute();
        return new Attempt(key, until);
    }

    /**
     * The password was right: forgets the failures, and the lock that attempts made while it was being
     * checked (any lock now in force was made after this attempt was let through).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        String key = TypedUserNames.key(username);
        db.fetch("select pg_advisory_xact_lock(?, hashtext(?))", USER_NAME_LOCKS, key);
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME_KEY.eq(key)).execute();
        db.deleteFrom(SIGN_IN_LOCK).where(SIGN_IN_LOCK.USERNAME_KEY.eq(key)).execute();
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

    private Optional<Instant> lockOn(String key, Instant now) {
        return db.select(SIGN_IN_LOCK.LOCKED_UNTIL).from(SIGN_IN_LOCK)
                .where(SIGN_IN_LOCK.USERNAME_KEY.eq(key))
                .and(SIGN_IN_LOCK.LOCKED_UNTIL.gt(at(now)))
                .fetchOptional(SIGN_IN_LOCK.LOCKED_UNTIL)
                .map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
