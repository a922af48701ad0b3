package org.imagoclinic.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A one-time password opens nothing in the REST API but {@code GET /api/me} and
 * {@code PUT /api/me/password}: the person must first choose their own password, as in the browser.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private final ProblemDetailSecurityHandler problems;

    PasswordChangeRequiredFilter(ProblemDetailSecurityHandler problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = authentication != null && authentication.getPrincipal() instanceof ClinicUserDetails user
                && user.mustChangePassword();
        boolean allowed = "GET".equals(request.getMethod()) && "/api/me".equals(request.getRequestURI())
                || "PUT".equals(request.getMethod()) && "/api/me/password".equals(request.getRequestURI());
        if (mustChange && !allowed) {
            problems.handle(request, response, new AccessDeniedException(
                    "Choose your own password first (PUT /api/me/password, or sign in to the web application)."));
            return;
        }
        chain.doFilter(request, response);
    }
}
