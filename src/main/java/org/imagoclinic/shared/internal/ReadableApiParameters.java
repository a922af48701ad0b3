package org.imagoclinic.shared.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.imagoclinic.shared.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request whose query can't be read ({@code ?x=%zz}, more than 1,000 parameters) is a 400
 * (or 413) problem detail whether or not the endpoint reads a parameter (issue 29): Tomcat reads
 * the query only when someone asks for a parameter, so {@code GET /api/me?x=%zz} used to answer 200.
 * The parameters are read here once, before security and the handler, as any handler would read them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ReadableApiParameters extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiProblems.addresses(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException unreadable) {
            int status = unreadable.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                    ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value();
            ApiProblems.write(response, status, "The request's parameters can't be read: there are more than "
                    + "1,000 or they are malformed (such as a % not followed by two hexadecimal digits). Nothing was done.");
            return;
        }
        chain.doFilter(request, response);
    }
}
