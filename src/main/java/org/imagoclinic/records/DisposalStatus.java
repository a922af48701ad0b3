package org.imagoclinic.records;

/** Where a couple on the disposal list stands. */
public enum DisposalStatus {
    /** Listed, waiting for an administrator. */
    PENDING("Waiting for approval"),
    /** An administrator holds it with a reason (e.g. a legal hold); approving it later lifts the hold. */
    HELD("Held"),
    /** Approved: each module is disposing of its part. */
    APPROVED("Being disposed of"),
    /** Gone from every module and from the event archive; only the audit trail's tombstone remains. */
    DISPOSED("Disposed of"),
    /** Taken off the list at approval because the retention had started again (e.g. a new episode). */
    WITHDRAWN("Withdrawn");

    private final String label;

    DisposalStatus(String label) {
        this.label = label;
    }

    /** In plain words, e.g. "Held". */
    public String label() {
        return label;
    }
}
