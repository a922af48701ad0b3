package org.imagoclinic.assessments;

/** Whether the partner gave the behaviour change request they chose to give. */
public enum FollowUpOutcome {
    KEPT("Kept"),
    PARTLY_KEPT("Partly kept"),
    NOT_KEPT("Not kept");

    private final String label;

    FollowUpOutcome(String label) {
        this.label = label;
    }

    /** The outcome in plain words. */
    public String label() {
        return label;
    }
}
