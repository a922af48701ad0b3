package org.imagoclinic.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing a partner logged of their home practice on one day.
 *
 * @param reading the five parts, for a temperature reading
 * @param text the caring behaviour given, the appreciation, or the request given as a gift
 * @param kept for a gift: kept or partly kept
 * @param minutes for dialogue practice
 */
public record PracticeEntry(UUID id, UUID personId, LocalDate day, Kind kind, @Nullable TemperatureReadingParts reading,
                            @Nullable String text, @Nullable GiftKept kept, @Nullable Integer minutes, Instant loggedAt) {

    /** What was practised. */
    public enum Kind {
        TEMPERATURE_READING("Temperature reading"),
        CARING_BEHAVIOUR("Caring behaviour given"),
        APPRECIATION("Appreciation"),
        GIFT("Behaviour change given"),
        DIALOGUE("Dialogue practice");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether a behaviour change given as a gift was kept in full. */
    public enum GiftKept {
        KEPT("Kept"), PARTLY_KEPT("Partly kept");

        private final String label;

        GiftKept(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The daily temperature reading (Satir) in its five parts; a part may be left empty, not all of them.
     *
     * @param complaints complaints, each with a request (recommendation)
     * @param wishes wishes, hopes and dreams
     */
    public record TemperatureReadingParts(String appreciations, String newInformation, String puzzles, String complaints,
                                          String wishes) {
    }

    /** One line in plain words, e.g. "Dialogue practice: 20 minutes". */
    public String summary() {
        return kind.label() + ": " + switch (kind) {
            case TEMPERATURE_READING -> reading == null ? "" : String.join(" · ", java.util.stream.Stream.of(
                            part("Appreciations", reading.appreciations()), part("New information", reading.newInformation()),
                            part("Puzzles and worries", reading.puzzles()), part("Complaints with a request", reading.complaints()),
                            part("Wishes, hopes and dreams", reading.wishes()))
                    .filter(s -> !s.isEmpty()).toList());
            case GIFT -> text + " (" + (kept == null ? "" : kept.label().toLowerCase(java.util.Locale.ROOT)) + ")";
            case DIALOGUE -> minutes + " minutes";
            default -> String.valueOf(text);
        };
    }

    private static String part(String name, String value) {
        return value == null || value.isBlank() ? "" : name + ": " + value;
    }
}
