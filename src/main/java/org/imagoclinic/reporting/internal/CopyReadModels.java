package org.imagoclinic.reporting.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.imagoclinic.reporting.BulkReadModels;
import org.imagoclinic.reporting.internal.Projection.Tables;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.shared.CopyWriter;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@link BulkReadModels}: the facts' own rows (couples, episodes, sessions, measures) through COPY,
 * then each episode's aggregates in a few set-based statements that compute, for all episodes at
 * once, what {@link Projection} computes for one episode per event (ADR 0015).
 */
@Component
@Profile("scale")
class CopyReadModels implements BulkReadModels {

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final ZoneId zone;

    CopyReadModels(DataSource dataSource, DSLContext dsl, Clock clock) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.zone = clock.getZone();
    }

    @Override
    public long create(List<CoupleFacts> couples, Iterable<SessionFacts> sessions, List<MeasureFacts> measures) {
        return create(couples, sessions, measures, Projection.LIVE);
    }

    long create(List<CoupleFacts> couples, Iterable<SessionFacts> sessions, List<MeasureFacts> measures, String schema) {
        Tables t = new Tables(schema);
        long rows = writeCouples(couples, t) + writeSessions(sessions, t) + writeMeasures(measures, t);
        UUID[] coupleIds = couples.stream().map(CoupleFacts::coupleId).distinct().toArray(UUID[]::new);
        Set<UUID> episodes = new LinkedHashSet<>();
        couples.forEach(couple -> episodes.add(couple.episodeId()));
        Set<UUID> measured = measures.stream().map(MeasureFacts::episodeId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        episodes.addAll(measured);
        aggregate(t, coupleIds, episodes.toArray(UUID[]::new), measured.toArray(UUID[]::new));
        return rows;
    }

    private long writeCouples(List<CoupleFacts> couples, Tables t) {
        CopyWriter coupleRows = new CopyWriter(dataSource, t.couple(), "couple_id", "registered_on", "life_stage",
                "concern_tags");
        CopyWriter episodeRows = new CopyWriter(dataSource, t.episode(), "episode_id", "couple_id", "opened_on",
                "closed_on", "ending", "primary_therapist_id", "registered_on", "life_stage", "concern_tags");
        try (coupleRows; episodeRows) {
            for (CoupleFacts couple : couples) {
                String stage = couple.lifeStage() == null ? null : couple.lifeStage().name();
                String tags = textArray(couple.concernTags());
                coupleRows.row(couple.coupleId(), couple.registeredOn(), stage, tags);
                episodeRows.row(couple.episodeId(), couple.coupleId(), couple.openedOn(), couple.closedOn(),
                        couple.ending() == null ? null : couple.ending().name(), couple.primaryTherapistId(),
                        couple.registeredOn(), stage, tags);
            }
        }
        return coupleRows.rows() + episodeRows.rows();
    }

    private long writeSessions(Iterable<SessionFacts> sessions, Tables t) {
        CopyWriter rows = new CopyWriter(dataSource, t.session(), "appointment_id", "couple_id", "episode_id",
                "therapist_id", "kind", "joint", "starts_on", "status", "cancelled_by", "late");
        try (rows) {
            for (SessionFacts session : sessions) {
                boolean cancelled = session.status() == AppointmentStatus.CANCELLED;
                rows.row(session.appointmentId(), session.coupleId(), session.episodeId(), session.therapistId(),
                        session.kind().name(), session.kind().joint(), session.start().atZone(zone).toLocalDate(),
                        status(session.status()), cancelled && session.cancelledBy() != null ? session.cancelledBy().name() : null,
                        cancelled && session.late());
            }
        }
        return rows.rows();
    }

    /** The status reporting's listeners keep for the session's last event (a no-show is SessionMissed). */
    private static String status(AppointmentStatus status) {
        return status == AppointmentStatus.NO_SHOW ? "MISSED" : status.name();
    }

    private long writeMeasures(List<MeasureFacts> measures, Tables t) {
        CopyWriter rows = new CopyWriter(dataSource, t.measure(), "administration_id", "couple_id", "partner_id",
                "episode_id", "instrument_code", "score", "clinical_range", "administered_on");
        try (rows) {
            for (MeasureFacts measure : measures) {
                rows.row(measure.administrationId(), measure.coupleId(), measure.partnerId(), measure.episodeId(),
                        measure.instrumentCode(), measure.score(), measure.clinicalRange(), measure.administeredOn());
            }
        }
        return rows.rows();
    }

    /**
     * Projection's per-episode aggregates, for all the given episodes in one statement each. The ids
     * go in as an unnested array, which PostgreSQL joins by hash, not as {@code = any(?)}, which it
     * may check element by element for each of millions of rows.
     */
    private void aggregate(Tables t, UUID[] couples, UUID[] episodes, UUID[] measured) {
        // freshly copied rows have no statistics yet: without them PostgreSQL may plan nested loops over millions
        for (String table : List.of(t.episode(), t.session(), t.measure(), t.couple())) {
            dsl.execute("analyze " + table);
        }
        // one grouped pass, not a subquery per episode (at 100 000 couples that ran for many minutes)
        dsl.execute("update " + t.episode() + " e set first_of_couple = e.opened_on = f.first "
                + "from (select couple_id, min(opened_on) first from " + t.episode()
                + " where couple_id in (select unnest(?::uuid[])) group by couple_id) f where e.couple_id = f.couple_id",
                (Object) couples);
        dsl.execute("update " + t.episode() + " e set "
                + "sessions_attended = s.attended, sessions_missed = s.missed, late_cancellations = s.late, first_session_on = s.first "
                + "from (select episode_id, count(*) filter (where status = 'COMPLETED') attended, "
                + "count(*) filter (where status = 'MISSED') missed, "
                + "count(*) filter (where status = 'CANCELLED' and cancelled_by = 'CLIENT' and late) late, "
                + "min(starts_on) filter (where status = 'COMPLETED') first "
                + "from " + t.session() + " where episode_id  in (select unnest(?::uuid[])) group by episode_id) s where e.episode_id = s.episode_id",
                (Object) episodes);
        dsl.execute(Projection.partnerOutcomesFromMeasures(t, "episode_id in (select unnest(?::uuid[]))"),
                (Object) measured);
        dsl.execute("update " + t.episode() + " e set last_measure_on = m.last from (select episode_id, max(administered_on) last "
                + "from " + t.measure() + " where episode_id  in (select unnest(?::uuid[])) group by episode_id) m where e.episode_id = m.episode_id",
                (Object) measured);
        dsl.execute("delete from " + t.coupleOutcome() + " where episode_id  in (select unnest(?::uuid[]))", (Object) episodes);
        dsl.execute(Projection.coupleOutcomesFromPartners(t, "e.episode_id in (select unnest(?::uuid[]))"),
                (Object) episodes);
    }

    /** PostgreSQL's text form of a text array, every element quoted. */
    private static String textArray(List<String> values) {
        return values.stream().map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
