package org.imagoclinic.scheduling;

/**
 * The booking rules an administrator sets for the whole clinic. Everyone who books may read them;
 * only administrators change them, audited.
 */
public interface BookingRules {

    /**
     * Whether a couple's first session (they have no session held or booked yet) may be booked only
     * once both partners' treatment consent is recorded. Off, whoever books is warned instead.
     */
    boolean treatmentConsentBeforeFirstSession();

    /** Turns the rule on or off (administrators only); returns the rule as now set. */
    boolean requireTreatmentConsentBeforeFirstSession(boolean required);
}
