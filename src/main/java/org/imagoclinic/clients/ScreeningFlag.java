package org.imagoclinic.clients;

/** A current concern on the suitability screen that holds the couple for a clinical decision. */
public enum ScreeningFlag {
    INTIMATE_PARTNER_VIOLENCE("Intimate-partner violence"),
    COERCIVE_CONTROL("Coercive control"),
    ONGOING_AFFAIR("Ongoing affair"),
    SUBSTANCE_DEPENDENCE("Substance dependence"),
    ACUTE_CRISIS("Acute crisis"),
    OTHER("Other concern");

    private final String label;

    ScreeningFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
