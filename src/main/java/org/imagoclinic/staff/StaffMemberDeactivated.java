package org.imagoclinic.staff;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A staff member left: they can no longer sign in, their supervision links ended, and they stay
 * on every record that names them.
 *
 * @param effectiveOn the day it happened, in the clinic's time zone
 */
public record StaffMemberDeactivated(UUID staffId, LocalDate effectiveOn) implements DomainEvent {
}
