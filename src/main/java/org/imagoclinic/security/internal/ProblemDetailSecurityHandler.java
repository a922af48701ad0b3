package org.imagoclinic.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.imagoclinic.shared.DatabaseOutage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Answers the REST API's refusals as RFC 9457 problem details. */
@Component
class ProblemDetailSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Why an account required to enrol in two-factor sign-in is refused everything else. */
    static final String ENROL_FIRST = "Your administrator requires two-factor sign-in for your account: enrol first "
            + "(POST /api/me/two-factor, then POST /api/me/two-factor/confirm), or sign in to the web application.";

    private final JsonMapper json;

    ProblemDetailSecurityHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        if (DatabaseOutage.explains(exception)) {
            databaseUnavailable(request, response);
            return;
        }
        if (exception instanceof PasswordTooLongException) {
            ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, exception.getMessage());
            problem.setTitle("Invalid input");
            problem.setProperty("errors", Map.of("password", exception.getMessage()));
            send(response, problem);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Imago Clinic\"");
        String detail = exception instanceof AccountLockedException locked
                ? "After five failed sign-ins this user name is locked until " + locked.lockedUntil() + "."
                : exception instanceof ApiTokenRefused || exception instanceof SecondFactorRefused ? exception.getMessage()
                : "Sign in first: send your user name and password with HTTP Basic authentication, or a token "
                        + "from POST /api/tokens as Authorization: Bearer ….";
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        String detail = exception.getMessage() != null && (exception.getMessage().startsWith("Choose your own password")
                || exception.getMessage().equals(ENROL_FIRST)) ? exception.getMessage() : "Your role does not allow this.";
        write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    /** 503: the accounts could not be read because the database is out of reach. */
    void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                       String detail) throws IOException {
        ProblemDetail problem = problem(request, status, detail);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            problem.setTitle("Database unavailable");
        }
        send(response, problem);
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private void send(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
