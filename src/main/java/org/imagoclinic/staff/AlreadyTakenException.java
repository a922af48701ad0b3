package org.imagoclinic.staff;

import org.imagoclinic.shared.ConflictException;

/**
 * An email address or user name that another person already has. The REST API answers 409 as for
 * any {@link ConflictException}; a form shows the message next to {@link #field()}.
 */
public class AlreadyTakenException extends ConflictException {

    private final String field;

    public AlreadyTakenException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field that holds the taken value: "email" or "username". */
    public String field() {
        return field;
    }
}
