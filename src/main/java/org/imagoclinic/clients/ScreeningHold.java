package org.imagoclinic.clients;

/**
 * What the suitability screen means for booking, without saying why: this is what the front desk
 * and the scheduling module see. The flags and the reasons behind it are clinical content.
 */
public enum ScreeningHold {
    NONE("Joint sessions can be booked", false),
    NOT_SCREENED("On hold: not screened yet", true),
    REVIEW_PENDING("On hold: screening review", true),
    INDIVIDUAL_WORK_FIRST("Individual sessions only", true),
    REFERRED_OUT("Referred out", true);

    private final String label;
    private final boolean holdsJointSessions;

    ScreeningHold(String label, boolean holdsJointSessions) {
        this.label = label;
        this.holdsJointSessions = holdsJointSessions;
    }

    public String label() {
        return label;
    }

    /** Whether no joint session may be booked. */
    public boolean holdsJointSessions() {
        return holdsJointSessions;
    }
}
