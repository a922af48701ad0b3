package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.COUPLE;
import static org.imagoclinic.reporting.internal.db.Tables.COUPLE_OUTCOME;
import static org.imagoclinic.reporting.internal.db.Tables.EPISODE_FACT;
import static org.imagoclinic.reporting.internal.db.Tables.MEASURE;
import static org.imagoclinic.reporting.internal.db.Tables.SESSION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.unnest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.imagoclinic.reporting.BulkReadModels;
import org.imagoclinic.reporting.internal.db.tables.EpisodeFact;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.shared.CopyWriter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@link BulkReadModels}: the facts' own rows (couples, episodes, sessions, measures) through COPY,
 * then each episode's aggregates in a few set-based statements that compute, for all episodes at
 * once, what the projectors compute for one episode per event (ADR 0015).
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
        return create(couples, sessions, measures, dsl);
    }

    /** Into the read models {@code db} addresses (see {@link ReadModelSchema#addressing}). */
    long create(List<CoupleFacts> couples, Iterable<SessionFacts> sessions, List<MeasureFacts> measures, DSLContext db) {
        long rows = writeCouples(couples, db) + writeSessions(sessions, db) + writeMeasures(measures, db);
        UUID[] coupleIds = couples.stream().map(CoupleFacts::coupleId).distinct().toArray(UUID[]::new);
        Set<UUID> episodes = new LinkedHashSet<>();
        couples.forEach(couple -> episodes.add(couple.episodeId()));
        Set<UUID> measured = measures.stream().map(MeasureFacts::episodeId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        episodes.addAll(measured);
        aggregate(db, coupleIds, episodes.toArray(UUID[]::new), measured.toArray(UUID[]::new));
        return rows;
    }

    /** COPY into {@code table} as {@code db} renders it, the columns in the order the rows give them. */
    private CopyWriter copy(DSLContext db, Table<?> table, Field<?>... columns) {
        return new CopyWriter(dataSource, db.render(table),
                Arrays.stream(columns).map(column -> db.render(name(column.getName()))).toArray(String[]::new));
    }

    private long writeCouples(List<CoupleFacts> couples, DSLContext db) {
        var f = EPISODE_FACT;
        CopyWriter coupleRows = copy(db, COUPLE, COUPLE.COUPLE_ID, COUPLE.REGISTERED_ON, COUPLE.LIFE_STAGE,
                COUPLE.CONCERN_TAGS);
        CopyWriter episodeRows = copy(db, f, f.EPISODE_ID, f.COUPLE_ID, f.OPENED_ON, f.CLOSED_ON, f.ENDING,
                f.PRIMARY_THERAPIST_ID, f.REGISTERED_ON, f.LIFE_STAGE, f.CONCERN_TAGS);
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

    private long writeSessions(Iterable<SessionFacts> sessions, DSLContext db) {
        var t = SESSION;
        CopyWriter rows = copy(db, t, t.APPOINTMENT_ID, t.COUPLE_ID, t.EPISODE_ID, t.THERAPIST_ID, t.KIND, t.JOINT,
                t.STARTS_ON, t.STATUS, t.CANCELLED_BY, t.LATE, t.CHECKED_IN_AT);
        try (rows) {
            for (SessionFacts session : sessions) {
                boolean cancelled = session.status() == AppointmentStatus.CANCELLED;
                // the facts carry no arrival time: a session checked in or completed arrived at its start
                boolean arrived = session.status() == AppointmentStatus.CHECKED_IN
                        || session.status() == AppointmentStatus.COMPLETED;
                rows.row(session.appointmentId(), session.coupleId(), session.episodeId(), session.therapistId(),
                        session.kind().name(), session.kind().joint(), session.start().atZone(zone).toLocalDate(),
                        status(session.status()), cancelled && session.cancelledBy() != null ? session.cancelledBy().name() : null,
                        cancelled && session.late(), arrived ? session.start() : null);
            }
        }
        return rows.rows();
    }

    /** The status reporting's listeners keep for the session's last event (a no-show is SessionMissed). */
    private static String status(AppointmentStatus status) {
        return status == AppointmentStatus.NO_SHOW ? "MISSED" : status.name();
    }

    private long writeMeasures(List<MeasureFacts> measures, DSLContext db) {
        var m = MEASURE;
        CopyWriter rows = copy(db, m, m.ADMINISTRATION_ID, m.COUPLE_ID, m.PARTNER_ID, m.EPISODE_ID, m.INSTRUMENT_CODE,
                m.SCORE, m.CLINICAL_RANGE, m.ADMINISTERED_ON);
        try (rows) {
            for (MeasureFacts measure : measures) {
                rows.row(measure.administrationId(), measure.coupleId(), measure.partnerId(), measure.episodeId(),
                        measure.instrumentCode(), measure.score(), measure.clinicalRange(), measure.administeredOn());
            }
        }
        return rows.rows();
    }

    /**
     * The projectors' per-episode aggregates, for all the given episodes in one statement each. The ids
     * go in as an unnested array, which PostgreSQL joins by hash, not as {@code = any(?)}, which it
     * may check element by element for each of millions of rows.
     */
    private void aggregate(DSLContext db, UUID[] couples, UUID[] episodes, UUID[] measured) {
        // freshly copied rows have no statistics yet: without them PostgreSQL may plan nested loops over millions
        for (Table<?> table : List.of(EPISODE_FACT, SESSION, MEASURE, COUPLE)) {
            db.execute("analyze {0}", table);
        }
        EpisodeFact e = EPISODE_FACT.as("e");
        // one grouped pass, not a subquery per episode (at 100 000 couples that ran for many minutes)
        Field<LocalDate> firstOpened = min(EPISODE_FACT.OPENED_ON).as("first");
        var firsts = select(EPISODE_FACT.COUPLE_ID, firstOpened).from(EPISODE_FACT)
                .where(EPISODE_FACT.COUPLE_ID.in(anyOf(couples))).groupBy(EPISODE_FACT.COUPLE_ID).asTable("f");
        db.update(e).set(e.FIRST_OF_COUPLE, field(e.OPENED_ON.eq(firsts.field(firstOpened)))).from(firsts)
                .where(e.COUPLE_ID.eq(firsts.field(EPISODE_FACT.COUPLE_ID))).execute();

        var counted = select(SESSION.EPISODE_ID).select(SessionCounts.ALL).from(SESSION)
                .where(SESSION.EPISODE_ID.in(anyOf(episodes))).groupBy(SESSION.EPISODE_ID).asTable("s");
        db.update(e).set(SessionCounts.into(e, counted)).from(counted)
                .where(e.EPISODE_ID.eq(counted.field(SESSION.EPISODE_ID))).execute();

        EpisodeOutcomes.partnerOutcomesFromMeasures(db, MEASURE.EPISODE_ID.in(anyOf(measured))).execute();
        Field<LocalDate> last = max(MEASURE.ADMINISTERED_ON).as("last");
        var m = select(MEASURE.EPISODE_ID, last).from(MEASURE).where(MEASURE.EPISODE_ID.in(anyOf(measured)))
                .groupBy(MEASURE.EPISODE_ID).asTable("m");
        db.update(e).set(e.LAST_MEASURE_ON, m.field(last)).from(m).where(e.EPISODE_ID.eq(m.field(MEASURE.EPISODE_ID)))
                .execute();

        db.deleteFrom(COUPLE_OUTCOME).where(COUPLE_OUTCOME.EPISODE_ID.in(anyOf(episodes))).execute();
        EpisodeOutcomes.coupleOutcomesFromPartners(db, EpisodeOutcomes.E.EPISODE_ID.in(anyOf(episodes))).execute();
    }

    /** The ids as rows of an unnested array, to be joined by hash. */
    private static Select<Record1<UUID>> anyOf(UUID[] ids) {
        Table<?> unnested = unnest(ids).as("ids", "id");
        return select(unnested.field("id", UUID.class)).from(unnested);
    }

    /** PostgreSQL's text form of a text array, every element quoted. */
    private static String textArray(List<String> values) {
        return values.stream().map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
