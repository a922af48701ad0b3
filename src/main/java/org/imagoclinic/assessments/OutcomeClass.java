package org.imagoclinic.assessments;

/**
 * A partner's change across an episode (Jacobson &amp; Truax 1991, with the Christensen–Mendoza √2).
 * Change is reliable when |RC| &gt; 1.96.
 */
public enum OutcomeClass {
    /** Reliable improvement that crossed the cut-off from the clinical into the functional range. */
    RECOVERED("Recovered"),
    /** Reliable improvement without crossing the cut-off. */
    IMPROVED("Improved"),
    /** No reliable change either way. */
    NO_RELIABLE_CHANGE("No reliable change"),
    /** Reliable worsening. */
    DETERIORATED("Deteriorated");

    private final String label;

    OutcomeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Recovered counts as improved. */
    public boolean improved() {
        return this == RECOVERED || this == IMPROVED;
    }
}
