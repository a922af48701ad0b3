package org.imagoclinic.security;

/**
 * Why a clinician opens a couple's records outside their care team, chosen from a list, next to the
 * reason they write in their own words. The list makes the review queue easy to scan; the written
 * reason says what happened.
 */
public enum BreakGlassCategory {
    CLIENT_AT_RISK("A client is at risk of harm (crisis, self-harm, violence)"),
    SAFEGUARDING("A safeguarding concern about a child or an adult at risk"),
    COVERING_ABSENT_THERAPIST("Covering for the couple's therapist, who is away"),
    URGENT_CONTACT("The couple contacted the clinic urgently out of hours"),
    OTHER("Another emergency (say which below)");

    private final String label;

    BreakGlassCategory(String label) {
        this.label = label;
    }

    /** The reason in plain words, as the list on the break-glass screen shows it. */
    public String label() {
        return label;
    }
}
