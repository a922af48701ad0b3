package org.imagoclinic.security.internal;

import java.io.Serial;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A request signed in with a bearer token rather than the password, so that what needs the password
 * (issuing a token: ADR 0019, ADR 0028) can tell the two apart.
 */
final class ApiTokenAuthentication extends UsernamePasswordAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    ApiTokenAuthentication(ClinicUserDetails user) {
        super(user, null, user.getAuthorities());
    }
}
