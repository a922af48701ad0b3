package org.imagoclinic.portal;

import java.time.LocalDate;
import java.util.UUID;
import org.imagoclinic.portal.PracticeEntry.Kind;
import org.jmolecules.event.types.DomainEvent;

/**
 * A partner logged home practice in the portal. Carries what was practised and when, never the partner's
 * words: listeners (reports of practice per week) need the facts only.
 *
 * @param entryId one per entry, so that a repeated delivery counts once
 * @param day the day practised (today or up to {@value HomePractice#DAYS_BACK} days back)
 * @param minutes for dialogue practice; 0 otherwise
 */
public record HomePracticeLogged(UUID entryId, UUID coupleId, UUID personId, LocalDate day, Kind kind, int minutes)
        implements DomainEvent {
}
