package org.imagoclinic.assessments;

/** Where a session note stands. */
public enum NoteStatus {
    /** The session was completed; nothing written yet. */
    DUE("Due", false),
    /** Written, not signed. */
    DRAFT("Draft", false),
    /** Signed by an author who works without supervision: final. */
    SIGNED("Signed", true),
    /** Signed by a supervisee, waiting for their supervisor. */
    AWAITING_CO_SIGN("Awaiting co-signature", true),
    /** Returned by the supervisor with a comment; the author answers with an addendum. */
    RETURNED("Returned by the supervisor", true),
    /** Co-signed by the supervisor: final. */
    CO_SIGNED("Co-signed", true);

    private final String label;
    private final boolean signed;

    NoteStatus(String label, boolean signed) {
        this.label = label;
        this.signed = signed;
    }

    public String label() {
        return label;
    }

    /** Whether the author has signed it (from then on it is immutable; changes are addenda). */
    public boolean signed() {
        return signed;
    }
}
