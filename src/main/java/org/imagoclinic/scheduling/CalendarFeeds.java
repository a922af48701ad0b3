package org.imagoclinic.scheduling;

import java.util.Optional;
import java.util.UUID;

/**
 * A therapist's appointments as an iCalendar feed for calendar apps: no clinical content, only the
 * kind of session and the couple's initials (e.g. "Couple session · S&amp;J"), time and place.
 */
public interface CalendarFeeds {

    /**
     * The feed of a therapist, from four weeks back to six months ahead. The therapist themselves or
     * an administrator only.
     */
    String feedOf(UUID therapistId);

    /**
     * Makes a new secret address for the signed-in therapist's feed and returns its secret, shown
     * once; the previous secret stops working.
     */
    String newSecret();

    /**
     * The feed for a secret address, for calendar apps that can't sign in; empty for an unknown secret
     * and once the therapist no longer works at the clinic. Every read is audited (ADR 0044).
     */
    Optional<String> feedForSecret(String secret);
}
