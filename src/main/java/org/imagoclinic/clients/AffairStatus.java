package org.imagoclinic.clients;

/** An affair as the suitability screen records it; an ongoing affair, disclosed or not, flags the couple. */
public enum AffairStatus {
    NONE("None"),
    ENDED("Ended"),
    ONGOING_DISCLOSED("Ongoing, known to the partner"),
    ONGOING_UNDISCLOSED("Ongoing, not disclosed to the partner");

    private final String label;

    AffairStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean ongoing() {
        return this == ONGOING_DISCLOSED || this == ONGOING_UNDISCLOSED;
    }
}
