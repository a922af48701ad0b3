package org.imagoclinic.staff;

/** The profession a therapist is licensed in. */
public enum Discipline {
    MARRIAGE_AND_FAMILY_THERAPY("Marriage and family therapy"),
    CLINICAL_PSYCHOLOGY("Clinical psychology"),
    COUNSELLING("Counselling"),
    SOCIAL_WORK("Social work"),
    OTHER("Other");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    /** The discipline in plain words, e.g. "Clinical psychology". */
    public String label() {
        return label;
    }
}
