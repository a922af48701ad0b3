package org.imagoclinic.security.internal;

import org.springframework.security.core.AuthenticationException;

/** An API request of an account whose sign-in still waits for its second factor, or whose code was not right. */
class SecondFactorRefused extends AuthenticationException {

    SecondFactorRefused(String message) {
        super(message);
    }
}
