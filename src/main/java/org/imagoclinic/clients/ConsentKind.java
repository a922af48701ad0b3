package org.imagoclinic.clients;

/** What a partner consents to. */
public enum ConsentKind {
    TREATMENT("Treatment"),
    RECORDING("Recording of sessions"),
    TELEHEALTH("Telehealth sessions"),
    CONFIDENTIALITY_POLICY("The confidentiality policy");

    private final String label;

    ConsentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
