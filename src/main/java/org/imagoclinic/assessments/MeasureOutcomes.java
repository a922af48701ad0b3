package org.imagoclinic.assessments;

import java.util.UUID;

/**
 * Reliable change and clinical significance per partner and per couple (Jacobson &amp; Truax 1991,
 * Christensen–Mendoza √2, ADR 0013). The norms are published ones an administrator entered, else
 * the clinic's own reference group from 30 baselines on (ADR 0032); every outcome names them, and
 * without either it says how many more baselines are needed. Same access and audit as
 * {@link MeasureAdministrations}.
 */
public interface MeasureOutcomes {

    /** The couple's outcome across their open episode of care, or else their newest one. */
    OutcomeReport outcomesOf(UUID coupleId);
}
