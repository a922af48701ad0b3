package org.imagoclinic.clients;

/**
 * The clinic's confidentiality policy for one couple, agreed at intake. Under
 * {@link #CONFIDENTIAL_INDIVIDUAL_SESSIONS} a partner's individual notes never appear on the joint
 * record nor in anything the other partner can receive.
 */
public enum ConfidentialityPolicy {
    NO_SECRETS("No secrets", "What one partner says in an individual session may be brought into joint work."),
    CONFIDENTIAL_INDIVIDUAL_SESSIONS("Confidential individual sessions",
            "What one partner says in an individual session stays between them and the therapist.");

    private final String label;
    private final String explanation;

    ConfidentialityPolicy(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** One sentence the couple can agree to. */
    public String explanation() {
        return explanation;
    }
}
