package org.imagoclinic.clients;

import java.util.List;
import java.util.UUID;

/**
 * Episodes of care: intake → active ⇄ paused → closed (completed, discharged, referred out or
 * dropped out). A couple may have several over the years, never two open at once. Every change is
 * dated, has its reason where one is needed, and is audited.
 *
 * <p>Who may do what (ADR 0012, ADR 0028): anyone who works at the clinic opens an episode; its
 * therapists, at opening or later, are set by the front desk, administrators, or a supervisor who is
 * on the couple's care team, never by a clinician for a couple they are not on, nor through
 * break-glass access. Starting, pausing, resuming and closing an episode are clinical decisions for
 * the couple's care team. Illegal steps (e.g. pausing a closed episode) are refused with a plain-words
 * {@link org.imagoclinic.shared.ConflictException}.
 */
public interface EpisodesOfCare {

    /**
     * Opens an episode in intake; publishes {@link EpisodeOpened} (and {@link TherapistAssigned} when
     * a therapist is given, which only those who may assign therapists may do).
     *
     * @throws org.imagoclinic.shared.ConflictException when the couple already has an open episode
     */
    Episode open(UUID coupleId, NewEpisode episode);

    /** Intake → active. Needs a primary therapist, and no screening review pending. */
    Episode start(UUID coupleId, UUID episodeId, StatusChange change);

    /** Active → paused; a reason is required. */
    Episode pause(UUID coupleId, UUID episodeId, StatusChange change);

    /** Paused → active. */
    Episode resume(UUID coupleId, UUID episodeId, StatusChange change);

    /** Any open state → closed, with how it ended and why; publishes {@link EpisodeClosed}. */
    Episode close(UUID coupleId, UUID episodeId, EpisodeClosing closing);

    /**
     * Assigns the primary (and optional co-) therapist of the couple's open episode; publishes
     * {@link TherapistAssigned}; audited with who, whom and why.
     *
     * @throws org.imagoclinic.shared.ConflictException when no episode is open
     * @throws org.springframework.security.access.AccessDeniedException when the person may not set the care team
     */
    Episode assignTherapists(UUID coupleId, TherapistAssignment assignment);

    /** Every episode of the couple, newest first. */
    List<Episode> episodesOf(UUID coupleId);
}
