package org.imagoclinic.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clinic's clock as the demo generator sees it: the real clock, except on the generator's own
 * thread while it replays a moment of the clinic's past ({@link #at}). Every service then stamps,
 * checks and publishes as if it were that moment, so that history is made through the same APIs and
 * rules as today's work (ADR 0016). Other threads (users, event listeners) always see the real time.
 */
final class TravellingClock extends Clock {

    private final Clock real;
    private final ThreadLocal<Instant> replaying;

    TravellingClock(Clock real) {
        this(real, new ThreadLocal<>());
    }

    private TravellingClock(Clock real, ThreadLocal<Instant> replaying) {
        this.real = real;
        this.replaying = replaying;
    }

    /** Runs the work with this thread's clock at {@code moment}. */
    <T> T at(Instant moment, Supplier<T> work) {
        Instant before = replaying.get();
        replaying.set(moment);
        try {
            return work.get();
        } finally {
            if (before == null) {
                replaying.remove();
            } else {
                replaying.set(before);
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TravellingClock(real.withZone(zone), replaying);
    }

    @Override
    public Instant instant() {
        Instant moment = replaying.get();
        return moment != null ? moment : real.instant();
    }
}
