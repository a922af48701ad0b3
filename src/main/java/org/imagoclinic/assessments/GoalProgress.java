package org.imagoclinic.assessments;

/** How far a course-plan goal has come, as the therapist judges it at a review. */
public enum GoalProgress {
    NOT_STARTED("Not started"),
    SOME_PROGRESS("Some progress"),
    MOSTLY_MET("Mostly met"),
    MET("Met");

    private final String label;

    GoalProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
