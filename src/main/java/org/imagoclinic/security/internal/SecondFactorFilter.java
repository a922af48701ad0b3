package org.imagoclinic.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API side of two-factor sign-in (ADR 0034). A password of an enrolled account (HTTP Basic) opens
 * only {@code POST /api/tokens}, and only with the current code in the {@value #CODE_HEADER} header: the
 * client then works with the token; {@code PUT /api/me/password} asks for the code itself. An account required to enrol that has not reaches only
 * {@code GET /api/me} and the enrolment endpoints.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String CODE_HEADER = "X-Two-Factor-Code";

    private final TwoFactorService twoFactor;
    private final ProblemDetailSecurityHandler problems;

    SecondFactorFilter(TwoFactorService twoFactor, ProblemDetailSecurityHandler problems) {
        this.twoFactor = twoFactor;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ClinicUserDetails user)
                || user.signInComplete()) {
            chain.doFilter(request, response);
            return;
        }
        if (user.secondFactor() == ClinicUserDetails.SecondFactor.ENROLMENT_AWAITED) {
            if (enrolment(request)) {
                chain.doFilter(request, response);
            } else {
                problems.handle(request, response, new AccessDeniedException(ProblemDetailSecurityHandler.ENROL_FIRST));
            }
            return;
        }
        if ("PUT".equals(request.getMethod()) && "/api/me/password".equals(request.getRequestURI())) {
            // the change itself asks for the code; a one-time password must be replaceable without a token
            chain.doFilter(request, response);
            return;
        }
        if (!("POST".equals(request.getMethod()) && "/api/tokens".equals(request.getRequestURI()))) {
            problems.commence(request, response, new SecondFactorRefused("This account signs in with two factors: "
                    + "get a token with POST /api/tokens, your password and the code from your app in the "
                    + CODE_HEADER + " header, then call the API with the token."));
            return;
        }
        String code = request.getHeader(CODE_HEADER);
        if (code == null || code.isBlank()) {
            problems.commence(request, response, new SecondFactorRefused("This account signs in with two factors: "
                    + "send the code from your app (or a recovery code) in the " + CODE_HEADER + " header."));
            return;
        }
        try {
            if (!twoFactor.check(user, code).accepted()) {
                problems.commence(request, response, new SecondFactorRefused("The two-factor code is not right, or was "
                        + "used already: send the code your app shows now."));
                return;
            }
        } catch (AccountLockedException locked) {
            problems.commence(request, response, locked);
            return;
        }
        ClinicUserDetails complete = user.at(ClinicUserDetails.SecondFactor.GIVEN);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(complete, null,
                complete.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        chain.doFilter(request, response);
    }

    private static boolean enrolment(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "GET".equals(request.getMethod()) && "/api/me".equals(path)
                || "POST".equals(request.getMethod()) && ("/api/me/two-factor".equals(path)
                || "/api/me/two-factor/confirm".equals(path));
    }
}
