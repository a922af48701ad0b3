package org.imagoclinic.scheduling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * A day, or a run of days, the whole clinic is closed: a holiday such as "Christmas" from 24 December
 * to 1 January. A series skips these days; a single session on one is booked only when whoever books
 * says to book it anyway.
 *
 * @param firstDay the first day closed
 * @param lastDay the last day closed (the first day again for a single day)
 */
public record ClosureDay(UUID id, String name, LocalDate firstDay, LocalDate lastDay) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    /** Whether the clinic is closed on {@code day} for this closure. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** The days in words: "Fri 25 Dec 2026" or "Thu 24 Dec 2026 – Fri 1 Jan 2027". */
    public String days() {
        return firstDay.equals(lastDay) ? DAY.format(firstDay) : DAY.format(firstDay) + " – " + DAY.format(lastDay);
    }

    /** The closure in words: "Christmas (Thu 24 Dec 2026 – Fri 1 Jan 2027)". */
    public String describe() {
        return name + " (" + days() + ")";
    }
}
