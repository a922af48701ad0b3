package org.imagoclinic.security;

/**
 * The kinds of a couple's records that the care-team rule tells apart. Names, contacts, the
 * schedule and attendance are what the front desk needs to do its work; everything else is
 * clinical content, for the couple's care team only.
 */
public enum RecordKind {
    COUPLE_CONTACTS("names and contact details", false),
    SCHEDULE("sessions and attendance", false),
    INTAKE("intake details", true),
    SCREENING("the suitability screen", true),
    IMAGO_PROFILE("Imago profiles", true),
    EXERCISE("Imago exercise records", true),
    MEASURE("outcome measures", true),
    SESSION_NOTE("session notes", true),
    OUTCOME_DETAIL("the couple's outcome details", true),
    DIAGNOSIS("diagnoses", true);

    private final String description;
    private final boolean clinical;

    RecordKind(String description, boolean clinical) {
        this.description = description;
        this.clinical = clinical;
    }

    /** The kind in plain words, for refusals: "You may not open session notes …". */
    public String description() {
        return description;
    }

    /** Whether this is clinical content (care team only). */
    public boolean clinical() {
        return clinical;
    }
}
