package org.imagoclinic.scheduling;

import java.util.List;

/**
 * A closure just added, with the sessions already booked on its days: they are not cancelled, the
 * front desk moves them (or cancels them with the couple).
 *
 * @param sessionsToMove the scheduled sessions on the closed days, by start
 */
public record ClosureAdded(ClosureDay closure, List<Appointment> sessionsToMove) {
}
