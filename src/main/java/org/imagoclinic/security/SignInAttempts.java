package org.imagoclinic.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The staff sign-in's lock-out and password rules, for a module with a sign-in of its own (the
 * partners' portal, ADR 0055): five wrong passwords or codes for one key within fifteen minutes lock
 * it for fifteen minutes, counted whether or not an account has the key, so a lock-out tells a stranger
 * nothing. Passwords follow the clinic's rules and are hashed like staff passwords.
 */
public interface SignInAttempts {

    /** A place held while one password or code is checked; settle it with exactly one of the three calls below. */
    record Attempt(String key, long place) {
    }

    /**
     * Lets one more password or code be checked for the key (one of the caller's own, such as
     * {@code "portal:" + address}).
     *
     * @throws SignInLockedOut when a lock is in force (the attempt is not counted)
     */
    Attempt claim(String key, @Nullable String ipAddress);

    /**
     * It was wrong: counts as a failure.
     *
     * @throws SignInLockedOut when this failure locked the key
     */
    void failed(Attempt attempt);

    /** It was right and the sign-in is complete: forgets the failures before it. */
    void succeeded(Attempt attempt);

    /** It was right but a second factor is still to come: the failures before it still count. */
    void passed(Attempt attempt);

    /** Why a new password can't be used (too short, too long for BCrypt, the address itself), or empty. */
    Optional<String> passwordProblem(String password, @Nullable String email);

    /** The password's hash, as staff passwords are kept. */
    String hash(String password);

    /** Whether the password is the one hashed; false for a missing hash or a password too long to check. */
    boolean matches(String password, @Nullable String hash);
}
