package org.imagoclinic.assessments;

/** The Imago record a course-plan goal is drawn from. */
public enum GoalSource {
    /** One statement of the couple's relationship vision ({@code item} is its position, from 0). */
    VISION("Relationship vision"),
    /** A behaviour change request whose giver chose a request; the goal is the chosen request. */
    BEHAVIOUR_CHANGE_REQUEST("Behaviour change request"),
    /** One exit a partner is closing ({@code item} is its position in the partner's list, from 0). */
    EXIT("Closing an exit");

    private final String label;

    GoalSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a goal from this source names one entry of the record by its position. */
    public boolean itemized() {
        return this != BEHAVIOUR_CHANGE_REQUEST;
    }
}
