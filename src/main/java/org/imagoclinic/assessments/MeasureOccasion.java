package org.imagoclinic.assessments;

/** Why a measure is due. */
public enum MeasureOccasion {
    /** At the first joint session of an episode of care. */
    BASELINE,
    /** After every n-th completed joint session of the episode (a clinic setting, default 4). */
    REVIEW,
    /** Before the episode ends, once the therapist has planned its ending. */
    CLOSING
}
