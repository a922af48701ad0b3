package org.imagoclinic.support;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.imagoclinic.security.CareTeamDirectory;
import org.springframework.boot.test.context.TestComponent;

/**
 * Care teams for tests, until the clients module owns episodes of care: a test assigns therapists
 * to a couple id of its own making.
 */
@TestComponent
public class TestCareTeams implements CareTeamDirectory {

    private final Map<UUID, Set<UUID>> teams = new ConcurrentHashMap<>();

    /** A new couple id whose care team is the given therapists' staff ids. */
    public UUID coupleCaredForBy(UUID... therapistStaffIds) {
        UUID couple = UUID.randomUUID();
        teams.put(couple, Set.of(therapistStaffIds));
        return couple;
    }

    @Override
    public Set<UUID> careTeamOf(UUID coupleId) {
        return teams.getOrDefault(coupleId, Set.of());
    }
}
