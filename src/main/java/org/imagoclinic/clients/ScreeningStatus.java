package org.imagoclinic.clients;

/**
 * Where the couple stands with the suitability screen (clinical content): worked out from each
 * partner's screens and the decision on the newest flagged screen. Joint work needs both partners
 * screened and, when a screen flagged a concern, a clinician's decision.
 */
public enum ScreeningStatus {
    NOT_SCREENED("Not screened yet", ScreeningHold.NOT_SCREENED),
    PARTLY_SCREENED("One partner screened so far", ScreeningHold.NOT_SCREENED),
    CLEAR("No current concerns", ScreeningHold.NONE),
    REVIEW_PENDING("Screening review: a clinical decision is needed", ScreeningHold.REVIEW_PENDING),
    JOINT_WORK_APPROVED("Joint work approved after review", ScreeningHold.NONE),
    INDIVIDUAL_WORK_FIRST("Individual work first", ScreeningHold.INDIVIDUAL_WORK_FIRST),
    REFERRED_OUT("Referred out", ScreeningHold.REFERRED_OUT);

    private final String label;
    private final ScreeningHold hold;

    ScreeningStatus(String label, ScreeningHold hold) {
        this.label = label;
        this.hold = hold;
    }

    public String label() {
        return label;
    }

    /** What this means for booking, which anyone who books may know. */
    public ScreeningHold hold() {
        return hold;
    }

    /** The status that follows a decision on the flagged screen. */
    public static ScreeningStatus after(ClinicalDecision decision) {
        return switch (decision) {
            case PROCEED_WITH_JOINT_WORK -> JOINT_WORK_APPROVED;
            case INDIVIDUAL_WORK_FIRST -> INDIVIDUAL_WORK_FIRST;
            case REFER_OUT -> REFERRED_OUT;
        };
    }
}
