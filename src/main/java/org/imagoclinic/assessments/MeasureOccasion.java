package org.imagoclinic.assessments;

/** Why a measure is due. */
public enum MeasureOccasion {
    /** At the first joint session of an episode of care. */
    BASELINE,
    /** After every n-th completed joint session of the episode (a clinic setting, default 4). */
    REVIEW,
    /** Before the episode ends, once the therapist has planned its ending. */
    CLOSING;

    /** The occasion in plain words, e.g. "Review after 4 joint sessions". */
    public String describe(int afterSessions) {
        return switch (this) {
            case BASELINE -> "Baseline measure at the first joint session";
            case REVIEW -> "Review after " + afterSessions + " joint sessions";
            case CLOSING -> "Closing measure before the episode ends";
        };
    }
}
