package org.imagoclinic.shared.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body that could not be read, as plain-words messages per field ("partnerA.dateOfBirth",
 * "consents[0].kind"), or under {@code ""} when it is not JSON at all.
 */
final class InputProblems {

    private InputProblems() {
    }

    static Map<String, String> of(HttpMessageNotReadableException exception) {
        JacksonException jackson = jacksonCause(exception);
        String duplicate = duplicateKey(jackson);
        if (duplicate != null) {
            return Map.of(duplicate, "This key is given twice; give it once.");
        }
        String field = jackson == null ? "" : path(jackson);
        if (jackson instanceof UnrecognizedPropertyException && !field.isEmpty()) {
            return Map.of(field, "This key is not one this request takes; leave it out.");
        }
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
        if (type == String.class) {
            return "Use text in quotes.";
        }
        if (type.isEnum()) {
            return "Use one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (type == LocalDate.class) {
            return "Use a date such as 2026-03-14.";
        }
        if (type == LocalDateTime.class) {
            return "Use a date and time such as 2026-03-14T09:30.";
        }
        if (type == LocalTime.class) {
            return "Use a time of day such as 09:30.";
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
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class) {
            return "Use a whole number, without quotes.";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Use a number, without quotes.";
        }
        return "This value has the wrong form.";
    }

    /**
     * The path of a key given twice in one object ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION},
     * {@link StrictJson}), or null for any other failure. The exception's path ends at the object;
     * the parser still holds the key it refused.
     */
    private static @Nullable String duplicateKey(@Nullable JacksonException exception) {
        if (exception instanceof StreamReadException read && read.processor() instanceof JsonParser parser
                && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate")) {
            String object = path(read);
            String key = String.valueOf(parser.currentName());
            return object.isEmpty() ? key : object + "." + key;
        }
        return null;
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
