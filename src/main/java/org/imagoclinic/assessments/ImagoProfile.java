package org.imagoclinic.assessments;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One partner's Imago profile (the "imago workup"): their childhood caregivers as the child
 * experienced them, what they wanted most and did not get, the feelings that recurred, how they
 * reacted, their partner's traits today, their tendency under stress, and the "unfinished business"
 * statement that links the childhood frustrations to the present ones.
 *
 * @param caregivers at least one, e.g. mother, father, grandmother
 * @param wantedMost what I wanted most as a child and did not get
 * @param childhoodFeelings the negative feelings that recurred in childhood
 * @param reactions how I reacted (coping)
 * @param partnerPositiveTraits my partner's positive traits
 * @param partnerNegativeTraits my partner's negative traits
 * @param tendency minimiser or maximiser under stress; null when not yet known
 * @param unfinishedBusiness the statement as the therapist and partner worded it; when left blank the
 *        service stores {@link #assembledStatement()}
 */
public record ImagoProfile(List<Caregiver> caregivers, String wantedMost, String childhoodFeelings, String reactions,
                           List<String> partnerPositiveTraits, List<String> partnerNegativeTraits,
                           @Nullable StressTendency tendency, @Nullable String unfinishedBusiness)
        implements ImagoContent {

    public ImagoProfile {
        caregivers = caregivers == null ? List.of() : List.copyOf(caregivers);
        partnerPositiveTraits = partnerPositiveTraits == null ? List.of() : List.copyOf(partnerPositiveTraits);
        partnerNegativeTraits = partnerNegativeTraits == null ? List.of() : List.copyOf(partnerNegativeTraits);
    }

    /**
     * A childhood caregiver as the child experienced them.
     *
     * @param label e.g. "mother", "father", "grandmother"
     */
    public record Caregiver(String label, List<Trait> positiveTraits, List<Trait> negativeTraits) {

        public Caregiver {
            positiveTraits = positiveTraits == null ? List.of() : List.copyOf(positiveTraits);
            negativeTraits = negativeTraits == null ? List.of() : List.copyOf(negativeTraits);
        }
    }

    /** A trait, with the strongest ones marked. */
    public record Trait(String text, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean strongest) {
    }

    /** How a partner tends to respond under stress. */
    public enum StressTendency {
        MINIMISER("Minimiser (withdraws)"),
        MAXIMISER("Maximiser (pursues, escalates)");

        private final String label;

        StressTendency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.IMAGO_PROFILE;
    }

    @Override
    public String summary() {
        return "Imago profile" + (tendency == null ? "" : ", " + tendency.label().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The "unfinished business" statement assembled from the workup, as a first wording to edit:
     * "I am trying to get [wanted most] from a partner who is [partner's negative traits], as my
     * [caregiver] was [strongest negative traits]. When I don't get it, I feel [feelings] and I
     * [reactions]."
     */
    public String assembledStatement() {
        String partner = join(partnerNegativeTraits);
        String caregiverTraits = caregivers.stream()
                .map(caregiver -> {
                    String traits = join(strongestOrAll(caregiver.negativeTraits()));
                    return traits.isEmpty() ? null : "my " + caregiver.label().trim() + " was " + traits;
                })
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" and "));
        StringBuilder statement = new StringBuilder("I am trying to get ").append(orDots(wantedMost));
        statement.append(" from a partner who is ").append(partner.isEmpty() ? "…" : partner);
        if (!caregiverTraits.isEmpty()) {
            statement.append(", as ").append(caregiverTraits);
        }
        statement.append(". When I don't get it, I feel ").append(orDots(childhoodFeelings))
                .append(" and I ").append(orDots(reactions)).append('.');
        return statement.toString();
    }

    private static List<String> strongestOrAll(List<Trait> traits) {
        List<Trait> strongest = traits.stream().filter(Trait::strongest).toList();
        return (strongest.isEmpty() ? traits : strongest).stream().map(Trait::text).toList();
    }

    private static String join(List<String> parts) {
        List<String> words = parts.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    private static String orDots(@Nullable String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? "…" : trimmed;
    }
}
