package org.imagoclinic.clients;

/** Where a couple stands in the clinic, for the couples list: the status of its newest episode of care. */
public enum CareStatus {
    REGISTERED("Registered, no episode yet"),
    INTAKE("Intake"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    ENDED("Episode ended");

    private final String label;

    CareStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
