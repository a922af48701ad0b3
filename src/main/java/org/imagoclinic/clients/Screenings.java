package org.imagoclinic.clients;

import java.util.UUID;

/**
 * The suitability screen and the clinical decisions on it: clinical content, for the couple's care
 * team only (therapists and supervisors, through the care-team rule), every read and write audited.
 * Every screen and decision is kept, dated, with who recorded it.
 *
 * <p>The questions are asked of each partner separately; joint work needs both partners screened.
 * Any current flag holds the couple in screening review: no joint session may be booked
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

    /**
     * Raises the acute-crisis flag for one partner from the clinical record, e.g. a hard exit that
     * describes self-harm or violence: recorded as that partner's screen, it holds the couple for a
     * clinician's decision like any flagged screen.
     *
     * @param raisedByRecord what raised it, in words, e.g. "Hard exit recorded on 7 Dec 2026"
     */
    Screen raiseAcuteCrisis(UUID coupleId, UUID partnerId, String raisedByRecord);

    /** Every screen and decision, newest first, and the resulting status; the read is audited. */
    ScreeningHistory historyOf(UUID coupleId);
}
