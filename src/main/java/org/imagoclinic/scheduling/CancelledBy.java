package org.imagoclinic.scheduling;

/** Who called a session off. */
public enum CancelledBy {
    CLINIC("the clinic"),
    CLIENT("the client");

    private final String label;

    CancelledBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
