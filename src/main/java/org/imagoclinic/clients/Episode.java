package org.imagoclinic.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An episode of care: intake → active ⇄ paused → closed, with its dates, the therapists assigned
 * (staff ids) and every change, dated, with its reason. Reasons are written for everyone who works
 * with the couple, the front desk included: clinical detail belongs in notes.
 *
 * @param startedOn when it became active, if it did
 * @param closedOn when it closed, if it did
 * @param ending how it ended, when closed
 * @param closingReason why it ended, when closed
 * @param changes oldest first
 */
public record Episode(UUID id, UUID coupleId, EpisodeStatus status, LocalDate openedOn, @Nullable LocalDate startedOn,
                      @Nullable LocalDate closedOn, @Nullable EpisodeEnding ending, @Nullable String closingReason,
                      @Nullable UUID primaryTherapistId, @Nullable UUID coTherapistId, List<Change> changes) {

    /** What happened to an episode. */
    public enum ChangeKind {
        OPENED("Opened"),
        STARTED("Started"),
        PAUSED("Paused"),
        RESUMED("Resumed"),
        CLOSED("Closed"),
        THERAPISTS_ASSIGNED("Therapists assigned");

        private final String label;

        ChangeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One change, as recorded.
     *
     * @param effectiveOn the day it took effect
     * @param primaryTherapistId the primary therapist after the change
     * @param coTherapistId the co-therapist after the change
     * @param recordedBy the name of whoever recorded it
     */
    public record Change(ChangeKind kind, EpisodeStatus statusAfter, LocalDate effectiveOn, @Nullable String reason,
                         @Nullable UUID primaryTherapistId, @Nullable UUID coTherapistId, Instant recordedAt,
                         String recordedBy) {
    }
}
