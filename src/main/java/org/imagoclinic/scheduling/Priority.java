package org.imagoclinic.scheduling;

/** How soon a waiting couple should be offered a slot. */
public enum Priority {
    URGENT("Urgent"),
    HIGH("High"),
    NORMAL("Normal");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
