package org.imagoclinic.shared;

/** A request that clashes with the current state (a taken name, a second open episode); the REST API answers 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
