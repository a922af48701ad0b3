package org.imagoclinic.assessments;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The couple's relationship vision: short, positive, present-tense statements ("We laugh together
 * every day"), each ranked by importance and marked when hard to reach. Revisited over time: each
 * revision keeps the earlier one.
 */
public record RelationshipVision(List<Statement> statements) implements ImagoContent {

    public RelationshipVision {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** The hint next to a statement that names what the couple avoid rather than what they do. */
    public static final String NEGATIVE_HINT = "Say what you do, not what you avoid: \"We speak kindly to each other\" "
            + "rather than \"We don't shout.\"";

    /** The hint next to a statement in the future or as a wish rather than the present tense. */
    public static final String NOT_PRESENT_HINT = "Write it as if it were already true, in the present tense: "
            + "\"We laugh together every day\", not \"We will laugh more.\"";

    private static final Pattern NEGATIVE = Pattern.compile(
            "\\b(not|no longer|no more|never|don't|doesn't|won't|can't|cannot|stop|stops|without)\\b");

    private static final Pattern NOT_PRESENT = Pattern.compile(
            "(\\b(will|would|shall|going to|want to|wants to|hope to|hope that|wish|should|could|might|try to|"
                    + "one day|someday|some day)\\b)|\\w'll\\b");

    /**
     * @param rank 1 (most important) to 3
     * @param hardToReach whether the couple find it hard to reach today
     * @param keepWording the therapist keeps a statement as worded although it reads as negative or not
     *                    in the present tense
     */
    public record Statement(String text, int rank, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean hardToReach,
                            @JsonSetter(nulls = Nulls.AS_EMPTY) boolean keepWording) {

        /** A statement as first written, without the therapist's word on its wording. */
        public Statement(String text, int rank, boolean hardToReach) {
            this(text, rank, hardToReach, false);
        }

        /** The hint its wording calls for, if any. */
        public Optional<String> wordingHint() {
            return RelationshipVision.wordingHint(text);
        }
    }

    /**
     * What a vision statement's wording misses, if anything: the Imago vision is positive ("We
     * speak kindly", not "We don't shout") and in the present tense, as if already true ("We laugh",
     * not "We will laugh"). A hint the therapist can override, not a rule: the words are the couple's.
     */
    public static Optional<String> wordingHint(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normal = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        if (NEGATIVE.matcher(normal).find()) {
            return Optional.of(NEGATIVE_HINT);
        }
        return NOT_PRESENT.matcher(normal).find() ? Optional.of(NOT_PRESENT_HINT) : Optional.empty();
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.RELATIONSHIP_VISION;
    }

    @Override
    public String summary() {
        return "Relationship vision: " + statements.size() + " statements, "
                + statements.stream().filter(Statement::hardToReach).count() + " hard to reach";
    }
}
