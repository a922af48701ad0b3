package org.imagoclinic.staff;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A therapist got a (new) supervisor; the previous link, if any, ends the day this one starts.
 *
 * @param superviseeId the therapist supervised
 * @param supervisorId the supervisor from {@code startsOn}
 * @param previousSupervisorId the supervisor until then, or null when there was none
 */
public record SupervisionAssigned(UUID superviseeId, UUID supervisorId, LocalDate startsOn,
                                  @Nullable UUID previousSupervisorId) implements DomainEvent {
}
