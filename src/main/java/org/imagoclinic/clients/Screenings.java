package org.imagoclinic.clients;

import java.util.UUID;

/**
 * The suitability screen and the clinical decisions on it: clinical content, for the couple's care
 * team only (therapists and supervisors, through the care-team rule), every read and write audited.
 * Every screen and decision is kept, dated, with who recorded it.
 *
 * <p>Any current flag holds the couple in screening review: no joint session may be booked
 * ({@link BookingEligibility}) until a therapist or supervisor records a decision with a reason.
 */
public interface Screenings {

    /**
     * Records a screen. With current flags the couple is held for review and
     * {@link ScreeningFlagRaised} is published.
     *
     * @throws org.imagoclinic.shared.InvalidInputException e.g. an "other" concern flagged but not described
     */
    Screen record(UUID coupleId, NewScreen screen);

    /**
     * Records the decision on the screen under review, which ends the review; publishes
     * {@link ScreeningCleared}.
     *
     * @throws org.imagoclinic.shared.ConflictException when no screen waits for a decision
     * @throws org.imagoclinic.shared.InvalidInputException when the reason is missing
     */
    RecordedDecision decide(UUID coupleId, NewDecision decision);

    /** Every screen and decision, newest first, and the resulting status; the read is audited. */
    ScreeningHistory historyOf(UUID coupleId);
}
