package org.imagoclinic.scheduling;

import org.jspecify.annotations.Nullable;

/**
 * Calls a session off. Whether it is late (inside the clinic's notice window) is worked out, not given;
 * the front desk may waive a late cancellation, saying why, and it is then recorded as not late.
 *
 * @param thisAndFollowing cancels the later sessions of its series too
 * @param waiveLateReason why a late cancellation is waived (e.g. "Ill: doctor's note seen"); only
 *                        for a cancellation that is late
 */
public record Cancellation(@Nullable CancelledBy by, @Nullable String reason, @Nullable Boolean thisAndFollowing,
                           @Nullable String waiveLateReason) {

    /** A cancellation that waives nothing. */
    public Cancellation(@Nullable CancelledBy by, @Nullable String reason, @Nullable Boolean thisAndFollowing) {
        this(by, reason, thisAndFollowing, null);
    }

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
