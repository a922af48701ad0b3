package org.imagoclinic.clients;

/** The life stage that brought the couple to therapy, as recorded at intake. */
public enum LifeStage {
    EARLY_RELATIONSHIP("Early relationship"),
    TRANSITION_MARRIAGE("Transition: marriage"),
    TRANSITION_BABY("Transition: a baby"),
    TRANSITION_EMPTY_NEST("Transition: empty nest"),
    TRANSITION_MOVE("Transition: a move"),
    TRANSITION_JOB("Transition: a job"),
    COMMUNICATION_BREAKDOWN("Communication breakdown"),
    AFTER_AFFAIR("After a crisis: an affair"),
    AFTER_LOSS("After a crisis: a loss"),
    AFTER_ILLNESS("After a crisis: an illness"),
    OTHER("Other");

    private final String label;

    LifeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
