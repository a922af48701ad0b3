package org.imagoclinic.security.internal;

import static org.imagoclinic.security.internal.db.Tables.SIGN_IN_FAILURE;
import static org.imagoclinic.security.internal.db.Tables.SIGN_IN_LOCK;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five failed sign-ins for one user name within fifteen minutes lock it for fifteen minutes.
 * Counted per typed user name, whether an account has it or not, so that a lock-out never tells a
 * stranger which user names exist. Attempts during a lock are refused without being counted.
 */
@Service
class SignInLockout {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final DSLContext db;

    SignInLockout(DSLContext db) {
        this.db = db;
    }

    /** Until when the user name is locked, if it is locked at {@code now}. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return db.select(SIGN_IN_LOCK.LOCKED_UNTIL).from(SIGN_IN_LOCK)
                .where(SIGN_IN_LOCK.USERNAME_KEY.eq(key(username)))
                .and(SIGN_IN_LOCK.LOCKED_UNTIL.gt(at(now)))
                .fetchOptional(SIGN_IN_LOCK.LOCKED_UNTIL)
                .map(OffsetDateTime::toInstant);
    }

    /**
     * Counts a failed sign-in; commits on its own, whatever happens to the sign-in.
     *
     * @return the end of the lock when this failure locked the user name
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String username, @Nullable String ipAddress, Instant now) {
        String key = key(username);
        db.insertInto(SIGN_IN_FAILURE)
                .set(SIGN_IN_FAILURE.USERNAME_KEY, key)
                .set(SIGN_IN_FAILURE.FAILED_AT, at(now))
                .set(SIGN_IN_FAILURE.IP_ADDRESS, ipAddress)
                .execute();
        int recent = db.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.USERNAME_KEY.eq(key)
                .and(SIGN_IN_FAILURE.FAILED_AT.gt(at(now.minus(WINDOW)))));
        if (recent < MAX_FAILURES) {
            return Optional.empty();
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
        return Optional.of(until);
    }

    /** A successful sign-in forgets earlier failures. */
    @Transactional
    public void recordSuccess(String username) {
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME_KEY.eq(key(username))).execute();
    }

    /** Lifts a lock and forgets the failures; returns whether there was a lock in force. */
    @Transactional
    public boolean unlock(String username, Instant now) {
        String key = key(username);
        boolean wasLocked = lockedUntil(username, now).isPresent();
        db.deleteFrom(SIGN_IN_LOCK).where(SIGN_IN_LOCK.USERNAME_KEY.eq(key)).execute();
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME_KEY.eq(key)).execute();
        return wasLocked;
    }

    private static String key(String username) {
        return TypedUserNames.kept(username.trim()).toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
