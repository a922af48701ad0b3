package org.imagoclinic.scheduling;

import org.imagoclinic.shared.ConflictException;

/**
 * A single session asked for on a day the clinic is closed, without saying to book it anyway
 * ({@code bookOnClosureDay}); the REST API answers 409 with the closure named.
 */
public class ClosureDayException extends ConflictException {

    private final transient ClosureDay closure;

    public ClosureDayException(ClosureDay closure) {
        super("The clinic is closed on " + closure.describe() + ". To book this session anyway, say so "
                + "(bookOnClosureDay: true); a series skips closure days by itself.");
        this.closure = closure;
    }

    /** The closure the session would fall on. */
    public ClosureDay closure() {
        return closure;
    }
}
