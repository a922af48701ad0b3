package org.imagoclinic.clients.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeStatus;
import org.jspecify.annotations.Nullable;

/** Episodes of care and their changes, in schema {@code clients}. */
interface EpisodeRepository {

    /**
     * @throws org.springframework.dao.DuplicateKeyException when the couple already has an open episode,
     *         even one opened by a concurrent transaction
     */
    void insert(UUID id, UUID coupleId, LocalDate openedOn, @Nullable UUID primaryTherapistId,
                @Nullable UUID coTherapistId, OffsetDateTime now);

    /** The episode, locked until the transaction ends so that two changes don't cross. */
    Optional<Episode> findForUpdate(UUID episodeId);

    Optional<Episode> openOf(UUID coupleId);

    /** Newest first, each with its changes. */
    List<Episode> of(UUID coupleId);

    void changeStatus(UUID id, EpisodeStatus status, @Nullable LocalDate startedOn, OffsetDateTime now);

    void close(UUID id, EpisodeEnding ending, String reason, LocalDate closedOn, OffsetDateTime now);

    void assign(UUID id, UUID primaryTherapistId, @Nullable UUID coTherapistId, OffsetDateTime now);

    void recordChange(UUID episodeId, Episode.ChangeKind kind, EpisodeStatus statusAfter, LocalDate effectiveOn,
                      @Nullable String reason, @Nullable UUID primaryTherapistId, @Nullable UUID coTherapistId,
                      String recordedBy, OffsetDateTime now);

    /** The therapists of the couple's open episode and of its episodes closed on or after {@code closedSince}. */
    Set<UUID> careTeamOf(UUID coupleId, LocalDate closedSince);
}
