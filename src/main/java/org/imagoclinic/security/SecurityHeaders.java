package org.imagoclinic.security;

import org.imagoclinic.security.internal.SecurityConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The headers every page and API answer carries (ADR 0030), for filter chains other modules keep (the
 * partners' portal): no framing, no sniffing, the strict content security policy, HSTS over HTTPS.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        SecurityConfiguration.securityHeaders(headers);
    }
}
