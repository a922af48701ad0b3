package org.imagoclinic.billing;

/** What a line of the fee schedule is for. Length-graded services have a line per length. */
public enum Service {
    JOINT("Couple session", true),
    INDIVIDUAL("Individual session", true),
    INTENSIVE("Intensive", true),
    WORKSHOP_PLACE("Workshop place", false),
    LATE_CANCELLATION("Late cancellation", false),
    NO_SHOW("Missed session (no-show)", false);

    private final String label;
    private final boolean byLength;

    Service(String label, boolean byLength) {
        this.label = label;
        this.byLength = byLength;
    }

    public String label() {
        return label;
    }

    /** Whether the fee depends on the session's length (one line per length). */
    public boolean byLength() {
        return byLength;
    }
}
