package org.imagoclinic.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How much the clinic stores in one value, one size per kind of value (issue 29): a name, a line
 * (a reason, a statement, an address), a text (a note, a narrative), a link, and the entries of one
 * list. Services check every value they store against these sizes and answer a
 * {@link InvalidInputException} naming the field and its maximum; the forms give their fields the
 * same sizes ({@code setMaxLength}) and show the service's message next to the field; the
 * database's check constraints use the same numbers. Text is measured as sent, in UTF-16 units as a
 * browser's {@code maxlength} counts them, so never as shorter than what is stored (stripped, and
 * counted by PostgreSQL in characters).
 */
public final class InputLimits {

    /** A name: a room, a location, a caregiver, a workshop's title. */
    public static final int NAME = 100;

    /** One line of text: a reason, an address, a statement, a trait, a request, a norms source. */
    public static final int LINE = 500;

    /** Free text: notes, drafts, addenda, narratives, the parts of a temperature reading. */
    public static final int TEXT = 10_000;

    /** A web address, such as an online session's meeting link. */
    public static final int LINK = 2_000;

    /** The entries of one list: vision statements, traits, behaviours, appreciations, exits. */
    public static final int ITEMS = 50;

    private InputLimits() {
    }

    /** What is wrong with the text's length in plain words naming the field, or empty when it fits. */
    public static Optional<String> textProblem(String field, @Nullable String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.length();
        return length <= max ? Optional.empty() : Optional.of("Keep the " + words(field) + " to " + count(max)
                + " characters or fewer (it has " + count(length) + ").");
    }

    /** What is wrong with the number of entries, naming the field, or empty when they fit. */
    public static Optional<String> itemsProblem(String field, @Nullable Collection<?> items, int max) {
        if (items == null || items.size() <= max) {
            return Optional.empty();
        }
        return Optional.of("Keep the " + words(field) + " to " + count(max) + " entries or fewer (there are "
                + count(items.size()) + ").");
    }

    /** What is wrong with a whole number, naming the field, or empty when it lies from min to max (or is not given). */
    public static Optional<String> rangeProblem(String field, @Nullable Integer number, int min, int max) {
        if (number == null || (number >= min && number <= max)) {
            return Optional.empty();
        }
        String words = words(field);
        return Optional.of(Character.toUpperCase(words.charAt(0)) + words.substring(1) + " must be a whole number from "
                + min + " to " + max + ".");
    }

    /** Adds the text's problem, if any, to {@code problems} under {@code field} (the last part of it names it). */
    public static void checkText(Map<String, String> problems, String field, @Nullable String text, int max) {
        textProblem(lastPart(field), text, max).ifPresent(message -> problems.putIfAbsent(field, message));
    }

    /** Adds the list's problem, if any, to {@code problems} under {@code field}. */
    public static void checkItems(Map<String, String> problems, String field, @Nullable Collection<?> items, int max) {
        itemsProblem(lastPart(field), items, max).ifPresent(message -> problems.putIfAbsent(field, message));
    }

    /** Adds the number's problem, if any, to {@code problems} under {@code field}. */
    public static void checkRange(Map<String, String> problems, String field, @Nullable Integer number, int min,
                                  int max) {
        rangeProblem(lastPart(field), number, min, max).ifPresent(message -> problems.putIfAbsent(field, message));
    }

    /**
     * Refuses text longer than {@code max}.
     *
     * @throws InvalidInputException naming {@code field}
     */
    public static void requireText(String field, @Nullable String text, int max) {
        textProblem(lastPart(field), text, max).ifPresent(message -> {
            throw new InvalidInputException(field, message);
        });
    }

    /** Throws the problems gathered, if there are any. */
    public static void refuseAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String lastPart(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        int index = last.indexOf('[');
        return index < 0 ? last : last.substring(0, index);
    }

    private static String count(int number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }

    /** {@code hoursOverrideReason} as "hours override reason". */
    private static String words(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
