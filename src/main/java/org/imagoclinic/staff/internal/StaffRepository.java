package org.imagoclinic.staff.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.StaffQuery;
import org.jspecify.annotations.Nullable;

/** The staff directory in schema {@code staff}; writes run in the caller's transaction. */
interface StaffRepository {

    Optional<StaffMember> findById(UUID id);

    /** The person with the email address, regardless of case. */
    Optional<StaffMember> findByEmail(String email);

    /** One page ordered by last name, first name. */
    List<StaffMember> find(StaffQuery query, int offset, int limit);

    int count(StaffQuery query);

    /** Active people holding the role, by name. */
    List<StaffMember> activeWithRole(String role);

    /** Whether someone other than {@code except} has the email address, regardless of case. */
    boolean emailTaken(String email, @Nullable UUID except);

    /** Whether a staff member already has the user name, regardless of case. */
    boolean usernameTaken(String username);

    /** The user names (lower case) that start with the prefix. */
    Set<String> usernamesStartingWith(String prefix);

    /**
     * Stores a new person; their therapist profile too when they hold a clinical role.
     *
     * @throws org.imagoclinic.staff.AlreadyTakenException when someone else has the email address
     */
    void insert(UUID id, StaffMemberDetails details);

    /**
     * Replaces the person's details; their therapist profile is kept when they give up clinical work.
     *
     * @throws org.imagoclinic.staff.AlreadyTakenException when someone else has the email address
     */
    void update(UUID id, StaffMemberDetails details);

    void setUsername(UUID id, String username);

    void deactivate(UUID id);
}
