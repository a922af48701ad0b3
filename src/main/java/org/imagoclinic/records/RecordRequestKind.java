package org.imagoclinic.records;

/** What a partner asked for about their record. */
public enum RecordRequestKind {
    /** A copy of their own record. */
    PARTNER_COPY("A copy of their record"),
    /** Their half of a joint copy for the couple: the copy is made once both partners have asked. */
    COUPLE_COPY("A joint copy for the couple"),
    /**
     * A correction of their record: the clinician decides; an amendment is an addendum to a signed note
     * that says it answers the request, never a change of the note.
     */
    CORRECTION("A correction of their record"),
    /**
     * Erasure of their record (ADR 0049): answered at once. Where the law allows it (no clinical or financial
     * record still in its retention period) the couple goes on the disposal list for an administrator's
     * approval; otherwise the request is declined with the reason in plain words.
     */
    ERASURE("Erasure of their record");

    private final String label;

    RecordRequestKind(String label) {
        this.label = label;
    }

    /** In plain words, e.g. "A copy of their record". */
    public String label() {
        return label;
    }
}
