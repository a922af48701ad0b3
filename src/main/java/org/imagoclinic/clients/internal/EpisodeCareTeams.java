package org.imagoclinic.clients.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.CareTeamDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care-team rule's facts: a couple's care team is the primary therapist and the co-therapist of
 * its open episode of care, and for {@code imago.clients.care-team-after-closing} (30 days unless
 * set) after an episode closes, also that episode's therapists: the closing note, the closing
 * measure and a supervisor's co-signature come after the last session. Later, or for a couple
 * never in care, clinical records open only with break-glass access.
 */
@Component
class EpisodeCareTeams implements CareTeamDirectory {

    private final EpisodeRepository episodes;
    private final CoupleRepository couples;
    private final Clock clock;
    private final Period afterClosing;

    EpisodeCareTeams(EpisodeRepository episodes, CoupleRepository couples, Clock clock,
                     @Value("${imago.clients.care-team-after-closing:30d}") Duration afterClosing) {
        this.episodes = episodes;
        this.couples = couples;
        this.clock = clock;
        this.afterClosing = Period.ofDays((int) afterClosing.toDays());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> careTeamOf(UUID coupleId) {
        return episodes.careTeamOf(coupleId, LocalDate.now(clock).minus(afterClosing));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isRegistered(UUID coupleId) {
        return couples.exists(coupleId);
    }
}
