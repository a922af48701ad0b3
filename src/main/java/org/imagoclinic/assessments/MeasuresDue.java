package org.imagoclinic.assessments;

import java.util.List;
import java.util.UUID;

/**
 * Which measures are due (ADR 0013): a baseline when an episode of care opens (to be taken at its
 * first joint session), a review after every n-th completed joint session
 * ({@code imago.measures.every-nth-session}, default 4), and a closing measure once the therapist
 * plans the ending. Kept from clients' and scheduling's events. Therapists and supervisors only.
 */
public interface MeasuresDue {

    /** What is due for the couples on the signed-in clinician's care teams, oldest first. */
    List<MeasureDue> dueForMe();

    /** What is due for one couple; the couple's care team only. */
    List<MeasureDue> dueOf(UUID coupleId);

    /**
     * Makes the closing measure of the couple's open episode due from today, e.g. when the last
     * sessions are near; the care team only. Asking twice changes nothing.
     *
     * @throws org.imagoclinic.shared.ConflictException when the couple has no open episode
     */
    MeasureDue planClosingMeasure(UUID coupleId);
}
