package org.imagoclinic.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} (ADR 0019); a token that
 * opens nothing is answered with a 401 problem detail and audited, never passed on to HTTP Basic.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemDetailSecurityHandler problems;
    private final AuditTrail audit;

    ApiTokenFilter(ApiTokens tokens, ProblemDetailSecurityHandler problems, AuditTrail audit) {
        this.tokens = tokens;
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedToken(request);
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ClinicUserDetails> user = tokens.authenticate(presented.get());
        if (user.isEmpty()) {
            audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN_FAILURE, "ApiToken", null, null,
                    AuditOutcome.DENIED, "unknown, expired or revoked API token from " + request.getRemoteAddr()),
                    AuditActor.unauthenticated("API token"));
            problems.commence(request, response, new ApiTokenRefused());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(user.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** The bearer token of this request, if it sends one. */
    static Optional<String> presentedToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).trim());
    }
}
