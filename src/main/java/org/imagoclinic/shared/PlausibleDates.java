package org.imagoclinic.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for every day the clinic stores (issue 29): a day from {@link #EARLIEST} on, and
 * no later than today, or, for what is planned ahead (sessions, time off), no more than
 * {@link #YEARS_AHEAD} years ahead. Today is the clinic clock's, passed in by the caller. The REST
 * API and the forms use the same methods, so a refusal reads the same in both; a date picker takes
 * its bounds from {@link #earliest()} and {@link #latestPlanned(LocalDate)}.
 */
public final class PlausibleDates {

    /** The earliest day the clinic keeps: nothing it records (a consent, a screen, a reading) is older. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** How far ahead something may be planned: sessions, time off. */
    public static final int YEARS_AHEAD = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Whether a day may lie after today. */
    public enum When {
        /** Something that happened: today or earlier (a reading, a consent, a screen). */
        HAPPENED,
        /** Something planned: up to {@link #YEARS_AHEAD} years after today (a session, time off). */
        PLANNED
    }

    private PlausibleDates() {
    }

    /** The earliest day a date picker offers. */
    public static LocalDate earliest() {
        return EARLIEST;
    }

    /** The latest day something may be planned for, seen from {@code today}. */
    public static LocalDate latestPlanned(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** What is wrong with the day in plain words, or empty when it is plausible (or not given). */
    public static Optional<String> problem(@Nullable LocalDate day, When when, LocalDate today) {
        if (day == null) {
            return Optional.empty();
        }
        if (day.isBefore(EARLIEST)) {
            return Optional.of("Check the year: the clinic keeps days from " + DAY.format(EARLIEST) + " on.");
        }
        if (when == When.HAPPENED && day.isAfter(today)) {
            return Optional.of("This day is in the future: choose today or an earlier day.");
        }
        if (when == When.PLANNED && day.isAfter(latestPlanned(today))) {
            return Optional.of("Check the year: plan at most " + YEARS_AHEAD + " years ahead, until "
                    + DAY.format(latestPlanned(today)) + ".");
        }
        return Optional.empty();
    }

    /** As {@link #problem(LocalDate, When, LocalDate)}, for the day of a date and time. */
    public static Optional<String> problem(@Nullable LocalDateTime at, When when, LocalDate today) {
        return problem(at == null ? null : at.toLocalDate(), when, today);
    }

    /** Adds the day's problem, if any, to {@code problems} under {@code field}. */
    public static void check(Map<String, String> problems, String field, @Nullable LocalDate day, When when,
                             LocalDate today) {
        problem(day, when, today).ifPresent(message -> problems.putIfAbsent(field, message));
    }

    /**
     * Refuses an implausible day.
     *
     * @throws InvalidInputException naming {@code field}
     */
    public static void require(String field, @Nullable LocalDate day, When when, LocalDate today) {
        problem(day, when, today).ifPresent(message -> {
            throw new InvalidInputException(field, message);
        });
    }
}
