package org.imagoclinic.assessments;

/**
 * The Imago exercises and records a therapist keeps, in the clinic's words. A session note's
 * "interventions used" are picked from this list.
 */
public enum ExerciseKind {
    IMAGO_PROFILE("Imago profile"),
    CHILDHOOD_WOUND_EXPLORATION("Childhood wound exploration"),
    COUPLES_DIALOGUE("Couples dialogue"),
    APPRECIATION_DIALOGUE("Appreciation dialogue"),
    PARENT_CHILD_DIALOGUE("Parent–child dialogue"),
    ROLE_REVERSAL("Role reversal"),
    BEHAVIOUR_CHANGE_REQUEST_DIALOGUE("Behaviour change request dialogue"),
    BEHAVIOUR_CHANGE_REQUEST("Behaviour change request"),
    POSITIVE_TRAITS("Positive traits (re-imaging)"),
    CARING_BEHAVIOURS("Caring behaviours"),
    APPRECIATIONS("Appreciations"),
    RELATIONSHIP_VISION("Relationship vision"),
    EXITS("Closing exits"),
    TEMPERATURE_READING("Daily temperature reading");

    private final String label;

    ExerciseKind(String label) {
        this.label = label;
    }

    /** The name a therapist reads, e.g. "Couples dialogue". */
    public String label() {
        return label;
    }

    /** Whether this kind is one of the Imago dialogue variants, whose record carries step ratings. */
    public boolean dialogue() {
        return switch (this) {
            case COUPLES_DIALOGUE, APPRECIATION_DIALOGUE, PARENT_CHILD_DIALOGUE, ROLE_REVERSAL,
                 BEHAVIOUR_CHANGE_REQUEST_DIALOGUE -> true;
            default -> false;
        };
    }
}
