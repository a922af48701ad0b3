package org.imagoclinic.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A clinical decision on the screen under review, with the reason for it.
 *
 * @param decidedOn the day of the decision; today when null
 */
public record NewDecision(ClinicalDecision decision, String reason, @Nullable LocalDate decidedOn) {
}
