package org.imagoclinic.shared.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.DatabaseContention;
import org.imagoclinic.shared.DatabaseOutage;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.DateTimeException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.multipart.MultipartException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as an RFC 9457 problem detail: Spring MVC's own exceptions through
 * {@link ResponseEntityExceptionHandler}, refusals as 403, a database that can't be reached as
 * 503, and anything unexpected as a 500 that gives nothing of the server's insides away. Input
 * that can't be read or bound is a 400 whose {@code errors} name each field, like
 * {@link InvalidInputException}'s.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty("errors", exception.fieldErrors());
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(exception, invalid(InputProblems.of(exception)), headers, status, request);
    }

    /** Decided before the handler ran (ApiRequestMappings), so the words can promise nothing was done. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String offered = exception.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "This resource answers only in " + offered
                + ", which the request's Accept header does not allow. Nothing was done.");
        problem.setTitle("Not acceptable");
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        exception.getBindingResult().getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                String.valueOf(error.getDefaultMessage())));
        exception.getBindingResult().getGlobalErrors().forEach(error -> errors.putIfAbsent("",
                String.valueOf(error.getDefaultMessage())));
        return handleExceptionInternal(exception, invalid(errors), headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = exception.getPropertyName() == null ? "" : exception.getPropertyName();
        return handleExceptionInternal(exception, invalid(Map.of(name, "This value has the wrong form.")), headers,
                status, request);
    }

    private static ProblemDetail invalid(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.isEmpty() ? "The request is not valid." : String.join(" ", errors.values()));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Values the database can't keep (a NUL character, a date beyond its range, text that breaks a
     * check) and dates beyond Java's: the caller's input, so a 400; anything else stays a 500.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, DateTimeException.class})
    ResponseEntity<ProblemDetail> unstorable(RuntimeException exception) {
        String state = sqlState(exception);
        if (exception instanceof DateTimeException || state != null && (state.startsWith("22") || state.equals("23514"))) {
            log.info("Refused input the database can't store: {}", exception.getMessage());
            return ResponseEntity.badRequest().body(invalid(Map.of("", "A value in this request can't be stored: a date too far away, a character "
                    + "that can't be kept (such as a NUL) or a text that breaks a rule of the record.")));
        }
        return unexpected(exception);
    }

    private static @Nullable String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** A body sent as a multipart form that can't be split into its parts (no boundary, cut short). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableParts(MultipartException exception) {
        log.info("Refused a multipart body: {}", exception.getMessage());
        return invalid(Map.of("", "The request body is declared a multipart form but can't be read as one "
                + "(for example, its boundary is missing). The API reads JSON bodies. Nothing was done."));
    }

    /** Form or query parameters Tomcat refused to read: too many, or malformed. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException exception) {
        log.info("Refused request parameters: {}", exception.getMessage());
        HttpStatus status = exception.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request's parameters can't be read: "
                + "there are more than 1,000 or they are malformed. Nothing was done.");
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail ruleBroken(BusinessRuleException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, exception.getMessage());
        problem.setTitle("Refused by a rule of the clinic");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail refused(AccessDeniedException exception) {
        String detail = exception instanceof ExplainedRefusal ? exception.getMessage() : "Your role does not allow this.";
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
    }

    private final ObjectProvider<DataSource> dataSource;

    ApiExceptionHandler(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /** Not an outage: the pool stays as it is, and the caller may simply try again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> contention(ConcurrencyFailureException exception) {
        log.info("Gave way to other changes: {}", exception.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseContention.MESSAGE);
        problem.setTitle("Busy with other changes");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ProblemDetail databaseUnavailable(RuntimeException exception) {
        log.warn("Database unavailable: {}", exception.getMessage());
        // the pool's other connections are probably dead too: replace them all, not one per failed request
        dataSource.ifAvailable(pool -> {
            if (pool instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
        });
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
        problem.setTitle("Database unavailable");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (DatabaseContention.explains(exception)) {
            return contention(new ConcurrencyFailureException(exception.getMessage(), exception));
        }
        if (DatabaseOutage.explains(exception)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(databaseUnavailable(new DataAccessResourceFailureException(exception.getMessage(), exception)));
        }
        log.error("Unexpected error in the REST API", exception);
        return ResponseEntity.internalServerError().body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing more is known to the caller; the error is in the server log."));
    }
}
