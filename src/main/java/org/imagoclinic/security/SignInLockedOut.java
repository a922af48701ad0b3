package org.imagoclinic.security;

import java.time.Instant;

/** Too many wrong passwords or codes: sign-in is refused until {@link #lockedUntil()}. */
public class SignInLockedOut extends RuntimeException {

    private final Instant lockedUntil;

    public SignInLockedOut(Instant lockedUntil) {
        super("Too many failed sign-ins: locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
