package org.imagoclinic.shared.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A request body that could not be read, as plain-words messages per field ("partnerA.dateOfBirth",
 * "consents[0].kind"), or under {@code ""} when it is not JSON at all.
 */
final class InputProblems {

    private InputProblems() {
    }

    static Map<String, String> of(HttpMessageNotReadableException exception) {
        JacksonException jackson = jacksonCause(exception);
        String field = jackson == null ? "" : path(jackson);
        if (field.isEmpty()) {
            return Map.of("", "The request body is missing or is not valid JSON.");
        }
        Class<?> type = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        Map<String, String> problems = new LinkedHashMap<>();
        boolean missing = String.valueOf(jackson.getOriginalMessage()).contains("`null`");
        problems.put(field, missing ? "Give this value; it can't be left out or null." : expected(type));
        return problems;
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "This value has the wrong form.";
        }
        if (type.isEnum()) {
            return "Use one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (type == LocalDate.class) {
            return "Use a date such as 2026-03-14.";
        }
        if (type == YearMonth.class) {
            return "Use a year and month such as 2019-06.";
        }
        if (type == UUID.class) {
            return "Use an id such as 3f2c5e0a-8a8b-4c1e-9a4f-2b1d7c9e6f10.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Use true or false.";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Use a number.";
        }
        return "This value has the wrong form.";
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static @Nullable JacksonException jacksonCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }
}
