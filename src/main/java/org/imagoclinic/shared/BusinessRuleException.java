package org.imagoclinic.shared;

/**
 * A well-formed request that a rule of the clinic refuses, e.g. "no joint sessions while the screen
 * is under review" or "Dr Lee doesn't work on Sundays". The message says which rule, in plain words;
 * the REST API answers 422 with it, a form shows it above its fields.
 */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
