package org.imagoclinic.clients;

import org.jspecify.annotations.Nullable;

/**
 * The clinic's confidentiality policy for one couple, agreed at intake and changed later only by
 * the care team with both partners' consent. Under {@link #CONFIDENTIAL_INDIVIDUAL_SESSIONS} a
 * partner's individual notes never appear on the joint record nor in anything the other partner
 * can receive. A record keeps the policy it was written under for good (ADR 0028).
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

    /**
     * The policy for a record written partly under {@code earlier} and now under this one: the
     * stricter of the two, so that nothing said in confidence loses its protection.
     */
    public ConfidentialityPolicy strictest(@Nullable ConfidentialityPolicy earlier) {
        return earlier == CONFIDENTIAL_INDIVIDUAL_SESSIONS ? earlier : this;
    }

    /** Whether a record written under this policy (null: nothing written yet) is kept from the joint record. */
    public static boolean keepsIndividualWorkPrivate(@Nullable ConfidentialityPolicy writtenUnder) {
        return writtenUnder != NO_SECRETS;
    }

    /** One sentence the couple can agree to. */
    public String explanation() {
        return explanation;
    }
}
