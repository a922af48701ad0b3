package org.imagoclinic.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Whether a cancellation is late: made after the deadline, which is the session's start less the
 * clinic's notice window, counted on the clinic's wall clock. "24 hours' notice" so means "by the
 * same time the day before", as clients read it, even when the clocks change in between (ADR 0011).
 */
final class LateCancellation {

    private LateCancellation() {
    }

    static boolean isLate(Instant cancelledAt, Instant start, ZoneId zone, Duration notice) {
        return cancelledAt.isAfter(deadline(start, zone, notice));
    }

    /** The last moment at which cancelling is not late. */
    static Instant deadline(Instant start, ZoneId zone, Duration notice) {
        LocalDateTime wallClockStart = LocalDateTime.ofInstant(start, zone);
        return wallClockStart.minus(notice).atZone(zone).toInstant();
    }
}
