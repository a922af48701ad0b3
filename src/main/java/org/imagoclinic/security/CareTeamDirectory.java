package org.imagoclinic.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is on a couple's care team, for the care-team rule. Implemented by the clients module, which
 * owns episodes of care and therapist assignment.
 */
public interface CareTeamDirectory {

    /** The staff ids of the therapists assigned to the couple's open episode (primary and co-therapist). */
    Set<UUID> careTeamOf(UUID coupleId);

    /** Whether the clinic has registered a couple with this id (break-glass opens only a real couple's records). */
    boolean isRegistered(UUID coupleId);
}
