package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Fills this module's own tables fast for the scale generator and benchmarks (ADR 0017): couples
 * with their two partners, an intake, treatment consents and one episode of care each, written
 * with COPY, without events or audit entries. Present only in the {@code scale} profile.
 */
public interface BulkCouples {

    /** One couple to create: who treats them and when their episode opened and (if it did) closed. */
    record Plan(UUID therapistId, LocalDate openedOn, @Nullable LocalDate closedOn) {
    }

    /**
     * A couple as created, with what the other modules' generators need to know: what its
     * {@code CoupleRegistered}, {@code EpisodeOpened} and {@code EpisodeClosed} would have carried
     * (registered on the day the episode opened, no concern tags).
     */
    record Created(UUID coupleId, UUID partnerAId, UUID partnerBId, UUID episodeId, UUID therapistId,
                   LocalDate openedOn, @Nullable LocalDate closedOn, LifeStage lifeStage, @Nullable EpisodeEnding ending) {

        /** The day the couple was registered. */
        public LocalDate registeredOn() {
            return openedOn;
        }
    }

    /** Creates one couple per plan, in order; names and details are made up from the seed. */
    List<Created> create(List<Plan> plans, long seed);
}
