package org.imagoclinic.records;

/** Why a couple is on the disposal list. */
public enum DisposalCause {
    /** Every retention period of the couple's records has ended. */
    RETENTION_ENDED("Retention period ended"),
    /** A partner asked for erasure, and nothing of the couple's record must still be kept. */
    ERASURE_REQUESTED("Erasure asked for by a partner");

    private final String label;

    DisposalCause(String label) {
        this.label = label;
    }

    /** In plain words, e.g. "Retention period ended". */
    public String label() {
        return label;
    }
}
