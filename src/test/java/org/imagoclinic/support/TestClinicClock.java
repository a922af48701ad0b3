package org.imagoclinic.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clinic's clock in every test: it starts at one pinned instant and runs on from there at the
 * machine's pace, so that a test sees the same hour, weekday and season whenever and wherever it
 * runs. The instant is {@code -Dimago.clock.fixed} (an ISO instant, e.g. {@code 2026-12-13T23:50:00Z})
 * or {@link #DEFAULT_START}. Each test class starts at it again ({@link ClinicClockReset}); a test
 * that needs time to pass moves it with {@link #advance} or {@link #setTo}.
 *
 * <p>All instances share one timeline and differ only in their zone, so the application's clock
 * bean, the browser journeys and the tests' own "today" always agree. Readings are truncated to
 * microseconds, the precision PostgreSQL keeps, as the system clock's are on Linux.
 */
public final class TestClinicClock extends Clock {

    /** A Monday morning in the clinic's working hours: 10:35 in London. */
    public static final Instant DEFAULT_START = Instant.parse("2026-12-07T10:35:00Z");

    /** The system property that pins the whole test run to another instant. */
    public static final String FIXED_PROPERTY = "imago.clock.fixed";

    private static final AtomicReference<Reading> TIMELINE = new AtomicReference<>(Reading.at(start()));

    private final ZoneId zone;

    private TestClinicClock(ZoneId zone) {
        this.zone = zone;
    }

    /** The shared test clock seen from {@code zone}. */
    public static TestClinicClock in(ZoneId zone) {
        return new TestClinicClock(zone);
    }

    /**
     * The shared test clock in the clinic's zone as the tests configure it
     * ({@code -Dimago.clinic.time-zone}, else {@value ClinicClockCustomizerFactory#TEST_ZONE}); a test
     * whose context names another zone asks its context for the {@code Clock} instead.
     */
    public static TestClinicClock clinic() {
        return in(ZoneId.of(System.getProperty("imago.clinic.time-zone", ClinicClockCustomizerFactory.TEST_ZONE)));
    }

    /** The instant every test class starts at. */
    public static Instant start() {
        String pinned = System.getProperty(FIXED_PROPERTY, "");
        try {
            return pinned.isBlank() ? DEFAULT_START : Instant.parse(pinned.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("-D" + FIXED_PROPERTY + " takes an ISO instant such as "
                    + "2026-12-07T08:55:00Z, not '" + pinned + "'", e);
        }
    }

    /** Back to {@link #start()}, as at the beginning of every test class. */
    public static void reset() {
        setTo(start());
    }

    /** The clock reads {@code moment} now and runs on from there. */
    public static void setTo(Instant moment) {
        TIMELINE.set(Reading.at(moment));
    }

    /** Time passes: the clock jumps forward by {@code amount} (or back, if it is negative). */
    public static void advance(Duration amount) {
        TIMELINE.updateAndGet(reading -> Reading.at(reading.now().plus(amount)));
    }

    /** What every test clock reads at this moment. */
    public static Instant current() {
        return TIMELINE.get().now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new TestClinicClock(other);
    }

    @Override
    public Instant instant() {
        return current();
    }

    @Override
    public String toString() {
        return "TestClinicClock[" + current() + ", " + zone + "]";
    }

    /** An instant the timeline was set to and the machine's monotonic time when it was. */
    private record Reading(Instant base, long nanosAtBase) {

        static Reading at(Instant moment) {
            return new Reading(moment, System.nanoTime());
        }

        Instant now() {
            return base.plusNanos(System.nanoTime() - nanosAtBase);
        }
    }
}
