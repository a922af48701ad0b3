package org.imagoclinic.billing;

/** What made a charge; at most one of each kind per session (or workshop day) and couple. */
public enum ChargeKind {
    SESSION("Session"),
    NO_SHOW("No-show fee"),
    LATE_CANCELLATION("Late-cancellation fee"),
    WORKSHOP_PLACE("Workshop place"),
    PACKAGE("Prepaid package");

    private final String label;

    ChargeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
