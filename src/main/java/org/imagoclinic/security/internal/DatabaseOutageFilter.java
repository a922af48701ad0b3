package org.imagoclinic.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.imagoclinic.shared.DatabaseOutage;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the REST API's chain: signing in reads the accounts and the lock-out table, so a database out
 * of reach fails there, before any controller; answer 503 like the controllers do, not a 500.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final ProblemDetailSecurityHandler problems;

    DatabaseOutageFilter(ProblemDetailSecurityHandler problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!DatabaseOutage.explains(failure) || response.isCommitted()) {
                throw failure;
            }
            problems.databaseUnavailable(request, response);
        }
    }
}
