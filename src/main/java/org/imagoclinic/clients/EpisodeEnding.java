package org.imagoclinic.clients;

/** How an episode of care ended. Reporting counts {@link #DROPPED_OUT} as an unplanned ending. */
public enum EpisodeEnding {
    COMPLETED("Completed"),
    DISCHARGED("Discharged"),
    REFERRED_OUT("Referred out"),
    DROPPED_OUT("Dropped out");

    private final String label;

    EpisodeEnding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
