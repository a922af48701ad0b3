package org.imagoclinic.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who supervises whom, for the care-team rule. Implemented by the staff module, which owns
 * supervision links.
 */
public interface SupervisionDirectory {

    /** The current supervisor of a therapist, if they are under supervision. */
    Optional<UUID> currentSupervisorOf(UUID therapistStaffId);

    /** The therapists a supervisor currently supervises. */
    Set<UUID> currentSuperviseesOf(UUID supervisorStaffId);
}
