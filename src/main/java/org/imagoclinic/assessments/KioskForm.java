package org.imagoclinic.assessments;

/**
 * What a kiosk link shows: one form for one partner, nothing else.
 *
 * @param partnerFirstName to greet the partner who answers, e.g. "Alex"
 */
public record KioskForm(String partnerFirstName, Instrument instrument) {
}
