package org.imagoclinic.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancelledBy;
import org.jspecify.annotations.Nullable;

/**
 * Fills reporting's read models fast for the scale generator and benchmarks (ADR 0017), from the
 * facts the generator wrote through the other modules' bulk paths (which publish no events):
 * the same rows the listeners would have made from those modules' events. Reporting reads no
 * other module's tables for this; it is handed the facts. Present only in the {@code scale}
 * profile.
 */
public interface BulkReadModels {

    /** A couple as registered and its one episode, as clients' events would tell it. */
    record CoupleFacts(UUID coupleId, LocalDate registeredOn, @Nullable LifeStage lifeStage, List<String> concernTags,
                       UUID episodeId, LocalDate openedOn, @Nullable LocalDate closedOn, @Nullable EpisodeEnding ending,
                       @Nullable UUID primaryTherapistId) {
    }

    /**
     * A session's last state, as scheduling's events would tell it (one checked in or completed arrived
     * at its start); {@code therapistId} is the lead therapist.
     */
    record SessionFacts(UUID appointmentId, AppointmentKind kind, UUID coupleId, @Nullable UUID episodeId, UUID therapistId,
                        Instant start, AppointmentStatus status, @Nullable CancelledBy cancelledBy, boolean late) {
    }

    /** A completed measure, as assessments' {@code MeasureCompleted} would tell it. */
    record MeasureFacts(UUID administrationId, UUID coupleId, UUID partnerId, @Nullable UUID episodeId,
                        String instrumentCode, int score, boolean clinicalRange, LocalDate administeredOn) {
    }

    /** Writes the read models' rows for these facts; returns how many fact rows (couples, episodes, sessions, measures). */
    long create(List<CoupleFacts> couples, Iterable<SessionFacts> sessions, List<MeasureFacts> measures);
}
