package org.imagoclinic.shared.ui.components;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The clinic's one style for dates and times on every screen: day first, a 24-hour clock, month and
 * weekday names in the clinic's locale ({@code imago.clinic.locale}, default {@code en-GB}), whatever
 * the browser's language. A screen names the style it wants ({@code ClinicFormat.DAY.format(date)})
 * instead of writing a pattern of its own, so that the same day never reads two ways.
 */
public enum ClinicFormat {

    /** 7 Dec 2026 */
    DAY("d MMM yyyy"),
    /** Mon 7 Dec 2026 */
    DAY_WITH_WEEKDAY("EEE d MMM yyyy"),
    /** Mon 7 Dec, where the year goes without saying (a week on the calendar) */
    SHORT_DAY("EEE d MMM"),
    /** 7 December 2026, for letters, records and consents */
    LONG_DAY("d MMMM yyyy"),
    /** December 2026 */
    MONTH("MMMM yyyy"),
    /** 09:05 */
    TIME("HH:mm"),
    /** 7 Dec 2026, 09:05 */
    DAY_AND_TIME("d MMM yyyy, HH:mm"),
    /** 7 Dec 2026, 09:05:07, where seconds matter (the audit trail, a signature) */
    DAY_AND_TIME_TO_THE_SECOND("d MMM yyyy, HH:mm:ss"),
    /** Mon 7 Dec 2026, 09:05 */
    WEEKDAY_AND_TIME("EEE d MMM yyyy, HH:mm"),
    /** Mon 7 Dec, 09:05, where the year goes without saying */
    SHORT_DAY_AND_TIME("EEE d MMM, HH:mm"),
    /** Monday 7 December 2026, 09:05, for a partner reading one session on a phone */
    LONG_WEEKDAY_AND_TIME("EEEE d MMMM yyyy, HH:mm");

    private static volatile Locale clinicLocale = Locale.UK;

    private final String pattern;
    private volatile DateTimeFormatter formatter;

    ClinicFormat(String pattern) {
        this.pattern = pattern;
        this.formatter = DateTimeFormatter.ofPattern(pattern, clinicLocale());
    }

    /** The date or time in this style, e.g. a {@code LocalDate}, a {@code LocalDateTime} or a zoned time. */
    public String format(TemporalAccessor temporal) {
        return formatter.format(temporal);
    }

    /** This style as a formatter, for a date picker or a grid that takes one. */
    public DateTimeFormatter formatter() {
        return formatter;
    }

    /** The clinic's locale, which date pickers and time pickers use as well. */
    public static Locale clinicLocale() {
        return clinicLocale == null ? Locale.UK : clinicLocale;
    }

    /** Set once at start-up from the clinic's configuration. */
    public static void useClinicLocale(Locale locale) {
        clinicLocale = locale;
        for (ClinicFormat style : values()) {
            style.formatter = DateTimeFormatter.ofPattern(style.pattern, locale);
        }
    }
}
