package org.imagoclinic.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;
import org.springframework.stereotype.Component;

/**
 * The clinic's wall clock: its time zone is the {@link Clock}'s ({@code imago.clinic.time-zone}).
 * Appointments are stored as instants and shown, checked against working hours and cut into days
 * in this zone. A wall-clock time that falls in the hour repeated when clocks go back means the
 * first of the two.
 */
@Component
public class ClinicTime {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final Clock clock;

    public ClinicTime(Clock clock) {
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDateTime localNow() {
        return LocalDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime offset(LocalDateTime wallClock) {
        return wallClock.atZone(zone()).toOffsetDateTime();
    }

    LocalDateTime local(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone()).toLocalDateTime();
    }

    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }

    OffsetDateTimeRange range(LocalDateTime start, LocalDateTime end) {
        return range(offset(start), offset(end));
    }

    static OffsetDateTimeRange range(OffsetDateTime start, OffsetDateTime end) {
        return OffsetDateTimeRange.offsetDateTimeRange(start, true, end, false);
    }

    /** From the start of {@code from} to the end of {@code to}, both days included. */
    OffsetDateTimeRange days(LocalDate from, LocalDate to) {
        return range(from.atStartOfDay(zone()).toOffsetDateTime(), to.plusDays(1).atStartOfDay(zone()).toOffsetDateTime());
    }

    /** e.g. "10:00–11:30", or "Tue 3 Mar 10:00–11:30" with the day. */
    String span(LocalDateTime start, LocalDateTime end, boolean withDay) {
        String times = TIME.format(start) + "–" + TIME.format(end);
        return withDay ? DAY.format(start) + " " + times : times;
    }
}
