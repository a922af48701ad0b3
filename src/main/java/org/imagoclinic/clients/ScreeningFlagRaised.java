package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A suitability screen flagged current concerns: the couple is held in screening review, and no
 * joint session may be booked until a clinical decision is recorded ({@link ScreeningCleared}).
 * The flags are clinical content; a listener must not show them to anyone outside the care team.
 */
public record ScreeningFlagRaised(UUID coupleId, UUID screenId, Set<ScreeningFlag> flags, LocalDate screenedOn)
        implements DomainEvent {
}
