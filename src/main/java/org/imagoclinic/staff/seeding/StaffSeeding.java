package org.imagoclinic.staff.seeding;

import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.staff.StaffMemberDetails;

/**
 * Adds the demo clinic's people with a known password. A bean only in the {@code demo} profile; a
 * clinic's own staff are added through {@link org.imagoclinic.staff.StaffDirectory}, with a
 * password each person sets themselves.
 */
public interface StaffSeeding {

    /** The staff member with this email address, if the directory has one. */
    Optional<UUID> idOf(String email);

    /**
     * Adds a staff member whose sign-in has the given password, with the same checks, audit entry
     * and event as any addition; refused with a conflict when the username or email is taken.
     */
    UUID addWithKnownPassword(StaffMemberDetails person, String password);
}
