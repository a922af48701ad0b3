package org.imagoclinic.security.internal;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that opens nothing: unknown, expired, revoked, or its account changed since. */
class ApiTokenRefused extends AuthenticationException {

    ApiTokenRefused() {
        super("This API token is unknown, expired or revoked: ask for a new one with POST /api/tokens.");
    }
}
