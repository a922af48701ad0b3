package org.imagoclinic.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dates a couple's retention is counted from, for the records module's disposal list (ADR 0049). No
 * care-team check and no audit: it names couples and dates only, no clinical content, and the records
 * module's daily task calls it with no one signed in.
 */
public interface ClientRetention {

    /** Every couple with no open episode of care (the only ones whose retention can have ended). */
    List<RetentionFacts> withNoOpenEpisode();

    /** One couple's facts; empty for an unknown (or already disposed of) couple. */
    Optional<RetentionFacts> of(UUID coupleId);
}
