package org.imagoclinic.assessments;

/** Who entered an administration's answers. */
public enum AdministrationSource {
    /** A therapist or supervisor entered the partner's answers from the paper or as the partner said them. */
    CLINICIAN("Entered by the therapist"),
    /** The partner answered on the clinic's tablet, under a one-time kiosk link. */
    KIOSK("Answered by the partner (kiosk)"),
    /** The partner answered at home, signed in to the partners' portal. */
    HOME("Answered by the partner at home (portal)");

    private final String label;

    AdministrationSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
