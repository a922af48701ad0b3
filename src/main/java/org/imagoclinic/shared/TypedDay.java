package org.imagoclinic.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A day as people type it into a form: ISO ({@code 1986-03-14}), the clinic's own style with two
 * digits for day and month ({@code 14/03/1986} where the day comes first), and other forms when
 * they can be read only one way ({@code 3/14/1986}, {@code 14.3.1986}, {@code 14 March 1986},
 * {@code March 14, 1986}). A form that two readings fit ({@code 3/4/1986}: 3 April or 4 March), a
 * two-digit year and a day that does not exist are refused, each with a plain message.
 */
public final class TypedDay {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{2,4})");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,})\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("([a-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final boolean dayFirst;

    private TypedDay(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    /** The clinic's own style is day first ({@code 14/03/1986}) or, as in the United States, month first. */
    public static TypedDay dayFirst(boolean dayFirst) {
        return new TypedDay(dayFirst);
    }

    /** The day read from {@code text}, or the reason it can't be read: exactly one of the two is present. */
    public record Reading(Optional<LocalDate> day, Optional<String> problem) {
    }

    /** The expected form in words, to show next to the field. */
    public String expected() {
        return (dayFirst ? "Day/month/year, e.g. 14/03/1986" : "Month/day/year, e.g. 03/14/1986")
                + ", or 1986-03-14";
    }

    /** What an empty field shows: {@code dd/mm/yyyy} or {@code mm/dd/yyyy}. */
    public String placeholder() {
        return dayFirst ? "dd/mm/yyyy" : "mm/dd/yyyy";
    }

    /** The day in the clinic's own style, as the field shows it once read. */
    public String format(LocalDate day) {
        return DateTimeFormatter.ofPattern(dayFirst ? "dd/MM/yyyy" : "MM/dd/yyyy").format(day);
    }

    /** Reads {@code text}; a blank text reads as no day and no problem (whether one is required is the caller's). */
    public Optional<Reading> read(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip().toLowerCase(Locale.ENGLISH).replaceAll("\\s+", " ");
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return Optional.of(day(number(iso, 1), number(iso, 2), number(iso, 3)));
        }
        Matcher numbers = NUMBERS.matcher(typed);
        if (numbers.matches()) {
            return Optional.of(numbers(text.strip(), numbers));
        }
        Matcher dayMonth = DAY_MONTH_NAME.matcher(typed);
        if (dayMonth.matches()) {
            return Optional.of(named(dayMonth.group(2), number(dayMonth, 1), number(dayMonth, 3)));
        }
        Matcher monthDay = MONTH_NAME_DAY.matcher(typed);
        if (monthDay.matches()) {
            return Optional.of(named(monthDay.group(1), number(monthDay, 2), number(monthDay, 3)));
        }
        return Optional.of(problem("Write the date as " + expected().substring(0, 1).toLowerCase(Locale.ENGLISH)
                + expected().substring(1) + "."));
    }

    private Reading numbers(String typed, Matcher numbers) {
        if (numbers.group(4).length() != 4) {
            return problem("Write the year in full, e.g. 1986.");
        }
        int first = number(numbers, 1);
        int second = number(numbers, 3);
        int year = number(numbers, 4);
        Optional<LocalDate> dayFirstReading = exists(year, second, first);
        Optional<LocalDate> monthFirstReading = exists(year, first, second);
        boolean clinicStyle = "/".equals(numbers.group(2)) && numbers.group(1).length() == 2 && numbers.group(3).length() == 2;
        if (clinicStyle) {
            Optional<LocalDate> clinics = dayFirst ? dayFirstReading : monthFirstReading;
            if (clinics.isPresent()) {
                return new Reading(clinics, Optional.empty());
            }
        }
        if (dayFirstReading.isPresent() && monthFirstReading.isPresent() && !dayFirstReading.equals(monthFirstReading)) {
            return problem(typed + " could be " + SPOKEN.format(dayFirstReading.get()) + " or "
                    + SPOKEN.format(monthFirstReading.get()) + ": write it as " + format(
                    dayFirst ? dayFirstReading.get() : monthFirstReading.get()) + " or as "
                    + (dayFirst ? dayFirstReading.get() : monthFirstReading.get()) + " (year-month-day).");
        }
        return dayFirstReading.or(() -> monthFirstReading).map(day -> new Reading(Optional.of(day), Optional.<String>empty()))
                .orElseGet(() -> problem("There is no such day: check the day and the month of " + typed + "."));
    }

    private static Reading named(String monthName, int dayOfMonth, int year) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ENGLISH).startsWith(monthName)) {
                return day(year, month.getValue(), dayOfMonth);
            }
        }
        return problem("\"" + monthName + "\" is not a month: write it as e.g. 14 March 1986.");
    }

    private static Reading day(int year, int month, int dayOfMonth) {
        return exists(year, month, dayOfMonth).map(day -> new Reading(Optional.of(day), Optional.<String>empty()))
                .orElseGet(() -> problem(month < 1 || month > 12 ? "There is no month " + month + ": check the date."
                        : "There is no day " + dayOfMonth + " in " + Month.of(month).getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH) + " " + year + "."));
    }

    private static Optional<LocalDate> exists(int year, int month, int dayOfMonth) {
        try {
            return Optional.of(LocalDate.of(year, month, dayOfMonth));
        } catch (DateTimeException none) {
            return Optional.empty();
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static Reading problem(String message) {
        return new Reading(Optional.empty(), Optional.of(message));
    }
}
