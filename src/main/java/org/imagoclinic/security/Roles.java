package org.imagoclinic.security;

import java.util.List;

/**
 * The clinic's roles, as used in {@code @RolesAllowed}, {@code @PreAuthorize("hasRole(...)")} and
 * the account store. A person may hold several (a supervisor is often also a therapist).
 */
public final class Roles {

    /** Registers and schedules couples; never sees clinical content. */
    public static final String FRONT_DESK = "FRONT_DESK";
    /** Runs sessions and keeps the clinical record of their own couples. */
    public static final String THERAPIST = "THERAPIST";
    /** Co-signs supervisees' notes and reads outcome reports. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Manages accounts, rooms and clinic settings; no clinical content by this role alone. */
    public static final String ADMIN = "ADMIN";

    /** All roles, in the order they are shown. */
    public static final List<String> ALL = List.of(FRONT_DESK, THERAPIST, SUPERVISOR, ADMIN);

    /**
     * The one role of a partner signed in to the portal: never a staff role, never in {@link #ALL}; the
     * staff application's pages and API refuse it.
     */
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }

    /** The role in plain words, e.g. "Front desk". */
    public static String label(String role) {
        return switch (role) {
            case FRONT_DESK -> "Front desk";
            case THERAPIST -> "Therapist";
            case SUPERVISOR -> "Supervisor";
            case ADMIN -> "Administrator";
            default -> throw new IllegalArgumentException("Unknown role: " + role);
        };
    }
}
