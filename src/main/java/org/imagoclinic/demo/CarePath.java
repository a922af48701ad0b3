package org.imagoclinic.demo;

import org.imagoclinic.clients.EpisodeStatus;
import org.jspecify.annotations.Nullable;

/** How a demo couple's care goes, and where it stands today. */
public enum CarePath {
    /** Registered, no therapist yet: on the waitlist. */
    WAITING(null),
    /** An intake session booked or just held; the episode is in intake. */
    NEW_INTAKE(EpisodeStatus.INTAKE),
    /** Screened with a current concern; the clinical decision is still to be made. */
    UNDER_REVIEW(EpisodeStatus.INTAKE),
    /** Screened with a current concern and referred elsewhere. */
    REFERRED_OUT(EpisodeStatus.CLOSED),
    /** In weekly or fortnightly joint sessions, booked for the weeks to come. */
    ACTIVE(EpisodeStatus.ACTIVE),
    /** Joint sessions held, then paused; the later sessions cancelled. */
    PAUSED(EpisodeStatus.PAUSED),
    /** A full course, ended as planned. */
    COMPLETED(EpisodeStatus.CLOSED),
    /** A few sessions, then stopped coming. */
    DROPPED_OUT(EpisodeStatus.CLOSED),
    /** Discharged part-way, e.g. after moving away. */
    DISCHARGED(EpisodeStatus.CLOSED);

    private final @Nullable EpisodeStatus statusToday;

    CarePath(@Nullable EpisodeStatus statusToday) {
        this.statusToday = statusToday;
    }

    /** The state of the couple's episode of care today; none for a couple still waiting. */
    public @Nullable EpisodeStatus statusToday() {
        return statusToday;
    }
}
