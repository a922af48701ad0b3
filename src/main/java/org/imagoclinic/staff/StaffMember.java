package org.imagoclinic.staff;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * A person in the staff directory. Nobody is ever deleted: someone who left is inactive, can no
 * longer sign in and stays on every record.
 *
 * @param id the staff id that other modules (care teams, appointments, audit) refer to
 * @param title how colleagues address them before the name, e.g. "Dr"; null for none
 * @param roles zero or more of {@link Roles}
 * @param username the user name of their sign-in account; null when they have none
 * @param therapist their clinical details when they hold a clinical role, otherwise null
 */
public record StaffMember(UUID id, @Nullable String title, String firstName, String lastName, String email,
                          @Nullable String phone, Set<String> roles, boolean active, @Nullable String username,
                          @Nullable TherapistDetails therapist) {

    /** The name as colleagues see it, e.g. "Dr Helen Okafor". */
    public String displayName() {
        return displayName(title, firstName, lastName);
    }

    /** Whether they work as a therapist: the THERAPIST or SUPERVISOR role. */
    public boolean clinician() {
        return clinical(roles);
    }

    /** Whether they may supervise: the SUPERVISOR role, and active. */
    public boolean maySupervise() {
        return active && roles.contains(Roles.SUPERVISOR);
    }

    /** The roles in plain words, in the clinic's usual order, e.g. ["Therapist", "Supervisor"]. */
    public List<String> roleLabels() {
        return Roles.ALL.stream().filter(roles::contains).map(Roles::label).toList();
    }

    /** Whether these roles make someone a therapist. */
    public static boolean clinical(Set<String> roles) {
        return roles.contains(Roles.THERAPIST) || roles.contains(Roles.SUPERVISOR);
    }

    /** "Dr Helen Okafor" from its parts; the title may be null. */
    public static String displayName(@Nullable String title, String firstName, String lastName) {
        return (title == null ? "" : title + " ") + firstName + " " + lastName;
    }
}
