package org.imagoclinic.clients;

/** Whether a risk on the suitability screen is absent, in the past, or current (current flags the couple). */
public enum RiskStatus {
    NONE("None"),
    PAST("In the past"),
    CURRENT("Current");

    private final String label;

    RiskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
