package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A behaviour change request whose follow-up has fallen due, as a therapist's queue shows it.
 *
 * @param askingPartnerName who asked; the other partner gives the chosen request
 * @param chosenRequest the text of the request the partner chose to give
 * @param dueOn the day the schedule asked for the follow-up
 * @param endsOn the request's time limit
 */
public record FollowUpDue(UUID coupleId, String coupleName, UUID requestId, String askingPartnerName,
                          String chosenRequest, LocalDate dueOn, LocalDate endsOn) {
}
