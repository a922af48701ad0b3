package org.imagoclinic.demo;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person of the demo clinic's staff, as planned; {@link #staffId()} is known once the timeline has
 * added them.
 *
 * @param username the sign-in the generator acts as
 */
public final class DemoStaffMember {

    private final String username;
    private final String name;
    private final Set<String> roles;
    private @Nullable UUID staffId;
    private @Nullable String supervisor;

    public DemoStaffMember(String username, String name, Set<String> roles) {
        this.username = username;
        this.name = name;
        this.roles = Set.copyOf(roles);
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The staff directory's id; fails when asked before the person was added. */
    public UUID staffId() {
        if (staffId == null) {
            throw new IllegalStateException(name + " has not been added yet");
        }
        return staffId;
    }

    /** The sign-in of the supervisor who co-signs this therapist's notes, if they work under supervision. */
    public @Nullable String supervisor() {
        return supervisor;
    }

    public void supervisedBy(String supervisorUsername) {
        this.supervisor = supervisorUsername;
    }

    public void added(UUID id) {
        this.staffId = id;
    }

    @Override
    public String toString() {
        return name + " (" + username + ")";
    }
}
