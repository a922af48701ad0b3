package org.imagoclinic.staff;

import java.util.Set;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * Someone joined the staff directory.
 *
 * @param displayName the name colleagues see, e.g. "Dr Helen Okafor"
 * @param roles the {@link org.imagoclinic.security.Roles} they were given; possibly none
 */
public record StaffMemberAdded(UUID staffId, String displayName, Set<String> roles) implements DomainEvent {
}
