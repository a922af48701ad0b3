package org.imagoclinic.shared;

import java.util.Map;

/**
 * Input that breaks a rule, with a message in plain words per field (or under {@code ""} for the
 * whole input). The REST API answers 400 with a problem detail listing them; a form shows each
 * message next to its field.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name to message; never empty. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
