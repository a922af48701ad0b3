package org.imagoclinic.scheduling;

import org.jspecify.annotations.Nullable;

/**
 * Calls a session off. Whether it is late (inside the clinic's notice window) is worked out, not given.
 *
 * @param thisAndFollowing cancels the later sessions of its series too
 */
public record Cancellation(@Nullable CancelledBy by, @Nullable String reason, @Nullable Boolean thisAndFollowing) {

    /** Whether the later sessions of the series are cancelled too. */
    public boolean withFollowing() {
        return Boolean.TRUE.equals(thisAndFollowing);
    }


    public static Cancellation byClient(String reason) {
        return new Cancellation(CancelledBy.CLIENT, reason, false);
    }

    public static Cancellation byClinic(String reason) {
        return new Cancellation(CancelledBy.CLINIC, reason, false);
    }
}
