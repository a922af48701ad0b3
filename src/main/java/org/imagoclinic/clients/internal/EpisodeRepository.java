package org.imagoclinic.clients.internal;

import static org.imagoclinic.clients.internal.db.Tables.EPISODE;
import static org.imagoclinic.clients.internal.db.Tables.EPISODE_CHANGE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.internal.db.tables.records.EpisodeChangeRecord;
import org.imagoclinic.clients.internal.db.tables.records.EpisodeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Episodes of care and their changes, in schema {@code clients}. */
@Repository
class EpisodeRepository {

    private static final String CLOSED = EpisodeStatus.CLOSED.name();
    private static final Condition OPEN = isOpen(EPISODE);

    private final DSLContext db;

    EpisodeRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * "Not closed" for this episode table (or alias), as a literal, not a bind value: PostgreSQL can
     * then use the partial indexes on open episodes ({@code where status <> 'CLOSED'}) in a prepared
     * statement's reusable plan too; with a bind value it plans the statement afresh on every call.
     */
    static Condition isOpen(org.imagoclinic.clients.internal.db.tables.Episode episode) {
        return episode.STATUS.ne(DSL.inline(CLOSED));
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException when the couple already has an open episode,
     *         even one opened by a concurrent transaction
     */
    void insert(UUID id, UUID coupleId, LocalDate openedOn, @Nullable UUID primaryTherapistId,
                       @Nullable UUID coTherapistId, OffsetDateTime now) {
        db.insertInto(EPISODE)
                .set(EPISODE.ID, id)
                .set(EPISODE.COUPLE_ID, coupleId)
                .set(EPISODE.STATUS, EpisodeStatus.INTAKE.name())
                .set(EPISODE.OPENED_ON, openedOn)
                .set(EPISODE.PRIMARY_THERAPIST_ID, primaryTherapistId)
                .set(EPISODE.CO_THERAPIST_ID, coTherapistId)
                .set(EPISODE.CREATED_AT, now)
                .set(EPISODE.UPDATED_AT, now)
                .execute();
    }

    /** The episode, locked until the transaction ends so that two changes don't cross. */
    Optional<Episode> findForUpdate(UUID episodeId) {
        return db.selectFrom(EPISODE).where(EPISODE.ID.eq(episodeId)).forUpdate().fetchOptional()
                .map(row -> toEpisode(row, changesOf(List.of(row.getId())).getOrDefault(row.getId(), List.of())));
    }

    Optional<Episode> openOf(UUID coupleId) {
        return db.selectFrom(EPISODE).where(EPISODE.COUPLE_ID.eq(coupleId).and(OPEN))
                .fetchOptional()
                .map(row -> toEpisode(row, changesOf(List.of(row.getId())).getOrDefault(row.getId(), List.of())));
    }

    /** Newest first, each with its changes. */
    List<Episode> of(UUID coupleId) {
        List<EpisodeRecord> rows = db.selectFrom(EPISODE).where(EPISODE.COUPLE_ID.eq(coupleId))
                .orderBy(EPISODE.OPENED_ON.desc(), EPISODE.CREATED_AT.desc())
                .fetch();
        Map<UUID, List<Episode.Change>> changes = changesOf(rows.stream().map(EpisodeRecord::getId).toList());
        return rows.stream().map(row -> toEpisode(row, changes.getOrDefault(row.getId(), List.of()))).toList();
    }

    void changeStatus(UUID id, EpisodeStatus status, @Nullable LocalDate startedOn, OffsetDateTime now) {
        db.update(EPISODE)
                .set(EPISODE.STATUS, status.name())
                .set(EPISODE.STARTED_ON, startedOn)
                .set(EPISODE.UPDATED_AT, now)
                .where(EPISODE.ID.eq(id))
                .execute();
    }

    void close(UUID id, EpisodeEnding ending, String reason, LocalDate closedOn, OffsetDateTime now) {
        db.update(EPISODE)
                .set(EPISODE.STATUS, CLOSED)
                .set(EPISODE.ENDING, ending.name())
                .set(EPISODE.CLOSING_REASON, reason)
                .set(EPISODE.CLOSED_ON, closedOn)
                .set(EPISODE.UPDATED_AT, now)
                .where(EPISODE.ID.eq(id))
                .execute();
    }

    void assign(UUID id, UUID primaryTherapistId, @Nullable UUID coTherapistId, OffsetDateTime now) {
        db.update(EPISODE)
                .set(EPISODE.PRIMARY_THERAPIST_ID, primaryTherapistId)
                .set(EPISODE.CO_THERAPIST_ID, coTherapistId)
                .set(EPISODE.UPDATED_AT, now)
                .where(EPISODE.ID.eq(id))
                .execute();
    }

    void recordChange(UUID episodeId, Episode.ChangeKind kind, EpisodeStatus statusAfter, LocalDate effectiveOn,
                             @Nullable String reason, @Nullable UUID primaryTherapistId,
                             @Nullable UUID coTherapistId, String recordedBy, OffsetDateTime now) {
        db.insertInto(EPISODE_CHANGE)
                .set(EPISODE_CHANGE.EPISODE_ID, episodeId)
                .set(EPISODE_CHANGE.CHANGE, kind.name())
                .set(EPISODE_CHANGE.STATUS_AFTER, statusAfter.name())
                .set(EPISODE_CHANGE.EFFECTIVE_ON, effectiveOn)
                .set(EPISODE_CHANGE.REASON, reason)
                .set(EPISODE_CHANGE.PRIMARY_THERAPIST_ID, primaryTherapistId)
                .set(EPISODE_CHANGE.CO_THERAPIST_ID, coTherapistId)
                .set(EPISODE_CHANGE.RECORDED_AT, now)
                .set(EPISODE_CHANGE.RECORDED_BY, recordedBy)
                .execute();
    }

    /** The therapists of the couple's open episode and of its episodes closed on or after {@code closedSince}. */
    Set<UUID> careTeamOf(UUID coupleId, LocalDate closedSince) {
        Set<UUID> team = new LinkedHashSet<>();
        db.select(EPISODE.PRIMARY_THERAPIST_ID, EPISODE.CO_THERAPIST_ID).from(EPISODE)
                .where(EPISODE.COUPLE_ID.eq(coupleId).and(OPEN.or(EPISODE.CLOSED_ON.ge(closedSince))))
                .fetch()
                .forEach(row -> {
                    if (row.value1() != null) {
                        team.add(row.value1());
                    }
                    if (row.value2() != null) {
                        team.add(row.value2());
                    }
                });
        return team;
    }

    private Map<UUID, List<Episode.Change>> changesOf(List<UUID> episodeIds) {
        if (episodeIds.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(EPISODE_CHANGE).where(EPISODE_CHANGE.EPISODE_ID.in(episodeIds))
                .orderBy(EPISODE_CHANGE.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(EpisodeChangeRecord::getEpisodeId,
                        Collectors.mapping(EpisodeRepository::toChange, Collectors.toList())));
    }

    private static Episode.Change toChange(EpisodeChangeRecord row) {
        return new Episode.Change(Episode.ChangeKind.valueOf(row.getChange()), EpisodeStatus.valueOf(row.getStatusAfter()),
                row.getEffectiveOn(), row.getReason(), row.getPrimaryTherapistId(), row.getCoTherapistId(),
                row.getRecordedAt().toInstant(), row.getRecordedBy());
    }

    private static Episode toEpisode(EpisodeRecord row, List<Episode.Change> changes) {
        return new Episode(row.getId(), row.getCoupleId(), EpisodeStatus.valueOf(row.getStatus()), row.getOpenedOn(),
                row.getStartedOn(), row.getClosedOn(), row.getEnding() == null ? null : EpisodeEnding.valueOf(row.getEnding()),
                row.getClosingReason(), row.getPrimaryTherapistId(), row.getCoTherapistId(), changes);
    }
}
