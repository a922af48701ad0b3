package org.imagoclinic.clients;

/** A therapist's or supervisor's decision on a flagged suitability screen. */
public enum ClinicalDecision {
    PROCEED_WITH_JOINT_WORK("Proceed with joint work"),
    INDIVIDUAL_WORK_FIRST("Individual work first"),
    REFER_OUT("Refer out");

    private final String label;

    ClinicalDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
