package org.imagoclinic.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Fills this module's administrations table fast for the scale generator and benchmarks (ADR
 * 0017): CSI-16 forms for both partners of each episode at its baseline, reviews and closing,
 * with item answers valid for the instrument's scoring key and scored by it, written with COPY,
 * without events or audit entries. Trajectories vary: most couples improve, some stay flat, a few
 * get worse. Present only in the {@code scale} profile.
 */
public interface BulkMeasures {

    /** The instrument the bulk forms are. */
    String INSTRUMENT = "CSI-16";

    /**
     * One episode: measures fall on its session days from {@code firstSession} to {@code lastSession},
     * evenly spaced, the first the baseline; those from {@code today} on are not written.
     */
    record EpisodePlan(UUID coupleId, UUID episodeId, UUID partnerAId, UUID partnerBId, UUID therapistId,
                       LocalDate firstSession, LocalDate lastSession) {
    }

    /** One administration as written: what reporting's read models hold of it. */
    record Written(UUID administrationId, UUID coupleId, UUID partnerId, @Nullable UUID episodeId, String instrumentCode,
                   LocalDate administeredOn, int score, boolean clinicalRange) {
    }

    /** Writes up to {@code perPartner} forms per partner and episode; returns them in the order written. */
    List<Written> create(List<EpisodePlan> plans, LocalDate today, int perPartner, long seed);
}
