package org.imagoclinic.scheduling;

/**
 * How often a recurring series meets. {@link #DAILY} books consecutive days, e.g. the two days of one
 * workshop, or a private intensive over three days.
 */
public enum Frequency {
    DAILY("Every day", 1),
    WEEKLY("Weekly", 7),
    FORTNIGHTLY("Every two weeks", 14);

    private final String label;
    private final int days;

    Frequency(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
    }

    /** Days between two sessions of the series. */
    public int days() {
        return days;
    }
}
