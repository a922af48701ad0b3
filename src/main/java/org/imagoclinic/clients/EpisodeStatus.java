package org.imagoclinic.clients;

/** The state of an episode of care: intake → active ⇄ paused → closed (with an {@link EpisodeEnding}). */
public enum EpisodeStatus {
    INTAKE("Intake"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    CLOSED("Closed");

    private final String label;

    EpisodeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the episode is still open (at most one per couple). */
    public boolean open() {
        return this != CLOSED;
    }
}
