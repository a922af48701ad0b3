package org.imagoclinic.security.internal;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused because the user name is locked; says until when. */
public class AccountLockedException extends LockedException {

    private final Instant lockedUntil;
    private final boolean justLocked;

    AccountLockedException(Instant lockedUntil, boolean justLocked) {
        super("Too many failed sign-ins: locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
        this.justLocked = justLocked;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Whether this attempt caused the lock (rather than meeting one already in force). */
    boolean justLocked() {
        return justLocked;
    }
}
