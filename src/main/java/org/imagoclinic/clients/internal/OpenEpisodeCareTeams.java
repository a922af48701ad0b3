package org.imagoclinic.clients.internal;

import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.CareTeamDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care-team rule's facts: a couple's care team is the primary therapist and the co-therapist of
 * its open episode of care. A couple with no open episode has no care team: its clinical records
 * open only with break-glass access until an episode opens again.
 */
@Component
class OpenEpisodeCareTeams implements CareTeamDirectory {

    private final EpisodeRepository episodes;

    OpenEpisodeCareTeams(EpisodeRepository episodes) {
        this.episodes = episodes;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> careTeamOf(UUID coupleId) {
        return episodes.careTeamOf(coupleId);
    }
}
