package org.imagoclinic.security.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before anything was looked up because its password is longer than BCrypt can
 * check ({@link Passwords#MAX_BYTES} bytes): no account has such a password. Not counted towards a
 * lock-out; the REST API answers 400, the sign-in page says why.
 */
public class PasswordTooLongException extends AuthenticationException {

    PasswordTooLongException() {
        super(Passwords.TOO_LONG);
    }
}
