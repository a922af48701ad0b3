package org.imagoclinic.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
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
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** Field name to message, in the order given (a form's order); never empty. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
