package org.imagoclinic.scheduling;

/** Where an offer of a freed slot to a waiting couple stands. */
public enum OfferAnswer {
    /** Sent; the couple has not answered yet. */
    OPEN("Waiting for an answer"),
    /** The couple said yes and the slot was booked for them. */
    BOOKED("Said yes: booked"),
    /** The couple said no. */
    DECLINED("Said no"),
    /** No answer before the offer ran out. */
    EXPIRED("No answer in time"),
    /** The slot was booked for another couple first. */
    TAKEN("Booked for another couple"),
    /** The couple left the waitlist (booked elsewhere or taken off). */
    WITHDRAWN("Left the waitlist");

    private final String label;

    OfferAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
