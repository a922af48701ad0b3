package org.imagoclinic.assessments;

/**
 * The kinds of Imago record a therapist keeps for a couple (ADR 0014).
 * <ul>
 *   <li>{@link #individual()}: the record belongs to one partner (the partner id is required);</li>
 *   <li>{@link #versioned()}: a living document, one per partner (or per couple when joint); recording
 *       it again makes a revision that keeps the earlier version;</li>
 *   <li>{@link #privateToPartner()}: under the "confidential individual sessions" policy it never
 *       appears on the joint record, only on the partner's own record, to the care team.</li>
 * </ul>
 */
public enum ImagoRecordKind {
    IMAGO_PROFILE("Imago profile", true, true, false),
    WOUND_EXPLORATION("Childhood wound exploration", true, false, true),
    DIALOGUE("Imago dialogue", false, false, false),
    BEHAVIOUR_CHANGE_REQUEST("Behaviour change request", true, false, false),
    POSITIVE_TRAITS("Positive traits (re-imaging)", true, true, false),
    CARING_BEHAVIOURS("Caring behaviours", true, true, false),
    APPRECIATIONS("Appreciations", false, false, false),
    RELATIONSHIP_VISION("Relationship vision", false, true, false),
    EXITS("Closing exits", true, true, false),
    TEMPERATURE_READING("Daily temperature reading", false, false, false);

    private final String label;
    private final boolean individual;
    private final boolean versioned;
    private final boolean privateToPartner;

    ImagoRecordKind(String label, boolean individual, boolean versioned, boolean privateToPartner) {
        this.label = label;
        this.individual = individual;
        this.versioned = versioned;
        this.privateToPartner = privateToPartner;
    }

    /** The kind in the clinic's words, e.g. "Imago profile". */
    public String label() {
        return label;
    }

    /** Whether each record belongs to one partner. */
    public boolean individual() {
        return individual;
    }

    /** Whether recording it again revises the current version (which is kept). */
    public boolean versioned() {
        return versioned;
    }

    /** Whether the "confidential individual sessions" policy keeps it off the joint record. */
    public boolean privateToPartner() {
        return privateToPartner;
    }
}
