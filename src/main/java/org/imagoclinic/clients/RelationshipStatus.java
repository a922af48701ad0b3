package org.imagoclinic.clients;

/** Where the couple stands as a relationship when they come to the clinic. */
public enum RelationshipStatus {
    DATING("Dating"),
    ENGAGED("Engaged"),
    COHABITING("Living together"),
    MARRIED("Married or civil partners"),
    SEPARATED("Separated"),
    OTHER("Other");

    private final String label;

    RelationshipStatus(String label) {
        this.label = label;
    }

    /** In plain words, for forms and lists. */
    public String label() {
        return label;
    }
}
