package org.imagoclinic.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for the layers in front of Spring MVC (Tomcat, the security filters, the
 * servlet container's error dispatch), which answer requests to the REST API before any controller
 * could: so that every answer under {@code /api} is JSON, never an HTML error page or a redirect to
 * the web UI's sign-in (ADR 0029).
 */
public final class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    /**
     * Whether a request's raw URI, as the client wrote it, is addressed to the REST API, also when
     * written strangely ({@code //api/me}, {@code /api;x/me}, {@code /./api}); the query is ignored.
     */
    public static boolean addresses(@Nullable String rawUri) {
        if (rawUri == null) {
            return false;
        }
        String path = rawUri.split("[?#]", 2)[0].toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        while (path.startsWith("/./")) {
            path = path.substring(2);
        }
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;") || path.startsWith("/api%");
    }

    /** Writes a problem detail with this status and plain-words detail, unless the answer has begun. */
    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] body = json(status, detail).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The problem detail's JSON: {@code type}, {@code title}, {@code status} and {@code detail}. */
    public static String json(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        return JSON.writeValueAsString(problem);
    }

    /** Plain words for a status refused before the API could look at the request itself. */
    public static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request can't be read: its address, a header or its body is malformed or too long "
                    + "(such as a NUL, an encoded slash or backslash, or a part over 8 KB). Nothing was done.";
            case 404 -> "No such API resource.";
            case 405 -> "This resource does not accept this method. Nothing was done.";
            case 413 -> "The request is too large. Nothing was done.";
            case 414 -> "The request's address is too long. Nothing was done.";
            case 431 -> "The request's headers are too large. Nothing was done.";
            default -> status >= 500 ? "Something went wrong on our side. Nothing more is known to the caller; "
                    + "the error is in the server log." : "The request was refused. Nothing was done.";
        };
    }
}
