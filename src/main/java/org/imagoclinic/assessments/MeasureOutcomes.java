package org.imagoclinic.assessments;

import java.util.UUID;

/**
 * Reliable change and clinical significance per partner and per couple (Jacobson &amp; Truax 1991,
 * Christensen–Mendoza √2, ADR 0013). Never invents norms: without norms configured for an
 * instrument it says that no classification can be made and why. Same access and audit as
 * {@link MeasureAdministrations}.
 */
public interface MeasureOutcomes {

    /** The couple's outcome across their open episode of care, or else their newest one. */
    OutcomeReport outcomesOf(UUID coupleId);
}
