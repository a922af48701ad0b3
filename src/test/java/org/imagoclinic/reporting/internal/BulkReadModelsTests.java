package org.imagoclinic.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.RelationshipStatus;
import org.imagoclinic.reporting.BulkReadModels.CoupleFacts;
import org.imagoclinic.reporting.BulkReadModels.MeasureFacts;
import org.imagoclinic.reporting.BulkReadModels.SessionFacts;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionScheduled;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scale generator's bulk path for the read models makes the same rows as the listeners would
 * from the events of the same clinic. One small clinic's facts (episodes open and closed, every
 * session state, late and timely cancellations, partners with no, one and several measures, two
 * measures on one day, odd concern tags) go twice into fresh copies of reporting's tables: once
 * through {@link CopyReadModels}, once told as the owning modules' events and applied by
 * {@link Projection}, the listeners' own code, rendered into a schema of its own. Every table must then be equal, row for row.
 */
@ClinicIntegrationTest
class BulkReadModelsTests {

    private static final String BULK = "reporting_bulk_check";
    private static final String EVENTS = "reporting_events_check";

    @Autowired
    DataSource dataSource;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;
    @Autowired
    Projection projection;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final List<CoupleFacts> couples = new ArrayList<>();
    private final List<SessionFacts> sessions = new ArrayList<>();
    private final List<MeasureFacts> measures = new ArrayList<>();

    @AfterEach
    void dropCopies() {
        jdbc.execute("drop schema if exists " + BULK + " cascade");
        jdbc.execute("drop schema if exists " + EVENTS + " cascade");
    }

    @Test
    void theBulkReadModelsEqualWhatTheListenersMakeFromTheSameClinicsEvents() {
        smallClinic();
        freshCopy(BULK);
        freshCopy(EVENTS);

        long rows = new CopyReadModels(dataSource, dsl, clock).create(couples, sessions, measures,
                ReadModelSchema.addressing(dsl, BULK));
        DSLContext events = ReadModelSchema.addressing(dsl, EVENTS);
        transactions.executeWithoutResult(status -> events().forEach(event -> projection.apply(event, events)));

        assertThat(rows).isEqualTo(2L * couples.size() + sessions.size() + measures.size());
        for (Table<?> table : ReadModelSchema.TABLES) {
            assertThat(rows(BULK, table.getName())).as(table.getName()).isEqualTo(rows(EVENTS, table.getName()));
        }
        // and the comparison is not of empty or trivial tables
        assertThat(jdbc.queryForList("select sessions_attended || '/' || sessions_missed || '/' || late_cancellations "
                + "from " + EVENTS + ".episode_fact order by 1", String.class)).containsExactly("0/0/0", "2/1/1", "3/0/0");
        assertThat(jdbc.queryForList("select a_baseline || '>' || a_current || ' ' || coalesce(b_baseline || '>' || b_current, '-') "
                + "|| ' ' || a_measures || '+' || b_measures from " + BULK + ".couple_outcome", String.class)).hasSize(2);
        assertThat(rows(BULK, "partner_outcome")).hasSize(3);
    }

    private List<String> rows(String schema, String table) {
        return jdbc.queryForList("select t::text from " + schema + "." + table + " t order by 1", String.class);
    }

    private void freshCopy(String schema) {
        jdbc.execute("create schema " + schema);
        for (Table<?> table : ReadModelSchema.TABLES) {
            Rebuilder.copyOfTable(dsl, table, schema);
        }
    }

    /** Three couples: one closed early (dropped out) with every kind of session, one closed, one still open. */
    private void smallClinic() {
        UUID lee = UUID.randomUUID();
        UUID ross = UUID.randomUUID();
        LocalDate jan = LocalDate.of(2039, 1, 3);

        CoupleFacts dropped = couple(jan, LifeStage.AFTER_AFFAIR, List.of("trust", "money, \"time\""), jan.plusWeeks(8),
                EpisodeEnding.DROPPED_OUT, lee);
        session(dropped, jan.plusWeeks(1), AppointmentStatus.COMPLETED, null, false);
        session(dropped, jan.plusWeeks(2), AppointmentStatus.NO_SHOW, null, false);
        session(dropped, jan.plusWeeks(3), AppointmentStatus.CANCELLED, CancelledBy.CLIENT, true);
        session(dropped, jan.plusWeeks(4), AppointmentStatus.CANCELLED, CancelledBy.CLINIC, false);
        session(dropped, jan.plusWeeks(5), AppointmentStatus.COMPLETED, null, false);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        measure(dropped, a, 40, jan.plusWeeks(1));
        measure(dropped, a, 44, jan.plusWeeks(5));
        measure(dropped, a, 46, jan.plusWeeks(5));
        measure(dropped, b, 30, jan.plusWeeks(1));

        CoupleFacts completed = couple(jan.plusDays(2), null, List.of(), jan.plusWeeks(20), EpisodeEnding.COMPLETED, ross);
        for (int week = 1; week <= 3; week++) {
            session(completed, jan.plusDays(2).plusWeeks(week), AppointmentStatus.COMPLETED, null, false);
        }
        session(completed, jan.plusDays(2).plusWeeks(4), AppointmentStatus.CHECKED_IN, null, false);
        UUID c = UUID.randomUUID();
        measure(completed, c, 60, jan.plusWeeks(3));

        CoupleFacts open = couple(jan.plusWeeks(30), LifeStage.TRANSITION_BABY, List.of("parenting"), null, null, lee);
        session(open, jan.plusWeeks(31), AppointmentStatus.SCHEDULED, null, false);
    }

    private CoupleFacts couple(LocalDate opened, LifeStage stage, List<String> tags, LocalDate closed, EpisodeEnding ending,
                               UUID therapist) {
        CoupleFacts couple = new CoupleFacts(UUID.randomUUID(), opened.minusDays(3), stage, tags, UUID.randomUUID(), opened,
                closed, ending, therapist);
        couples.add(couple);
        return couple;
    }

    private void session(CoupleFacts couple, LocalDate day, AppointmentStatus status, CancelledBy by, boolean late) {
        sessions.add(new SessionFacts(UUID.randomUUID(), AppointmentKind.JOINT, couple.coupleId(), couple.episodeId(),
                couple.primaryTherapistId(), day.atTime(18, 30).atZone(clock.getZone()).toInstant(), status, by, late));
    }

    private void measure(CoupleFacts couple, UUID partner, int score, LocalDate on) {
        measures.add(new MeasureFacts(UUID.randomUUID(), couple.coupleId(), partner, couple.episodeId(), "CSI-16", score,
                score < 51.5, on));
    }

    /** The same clinic as the owning modules publish it: registration, opening, sessions, measures, closing. */
    private List<Object> events() {
        List<Object> events = new ArrayList<>();
        for (CoupleFacts couple : couples) {
            events.add(new CoupleRegistered(couple.coupleId(), UUID.randomUUID(), UUID.randomUUID(), couple.registeredOn(),
                    RelationshipStatus.MARRIED, couple.lifeStage(), couple.concernTags(), null, ConfidentialityPolicy.NO_SECRETS));
            events.add(new EpisodeOpened(couple.coupleId(), couple.episodeId(), couple.openedOn(), couple.primaryTherapistId(),
                    null));
        }
        for (SessionFacts session : sessions) {
            events.addAll(sessionEvents(session));
        }
        for (MeasureFacts m : measures) {
            events.add(new MeasureCompleted(m.administrationId(), m.coupleId(), m.partnerId(), m.episodeId(), m.instrumentCode(),
                    m.score(), m.clinicalRange(), m.administeredOn()));
        }
        for (CoupleFacts couple : couples) {
            if (couple.closedOn() != null) {
                events.add(new EpisodeClosed(couple.coupleId(), couple.episodeId(), couple.ending(), couple.openedOn(),
                        couple.closedOn(), couple.primaryTherapistId(), null));
            }
        }
        return events;
    }

    private static List<Object> sessionEvents(SessionFacts s) {
        Instant start = s.start();
        Instant end = start.plusSeconds(50 * 60);
        List<UUID> persons = List.of();
        List<UUID> therapists = List.of(s.therapistId());
        List<Object> events = new ArrayList<>();
        events.add(new SessionScheduled(s.appointmentId(), s.kind(), s.coupleId(), persons, s.episodeId(), therapists, start,
                end, null));
        switch (s.status()) {
            case CHECKED_IN -> events.add(new SessionCheckedIn(s.appointmentId(), s.kind(), s.coupleId(), persons,
                    s.episodeId(), therapists, start, end, start));
            case COMPLETED -> {
                events.add(new SessionCheckedIn(s.appointmentId(), s.kind(), s.coupleId(), persons, s.episodeId(), therapists,
                        start, end, start));
                events.add(new SessionCompleted(s.appointmentId(), s.kind(), s.coupleId(), persons, s.episodeId(), therapists,
                        start, end, s.kind().joint(), end));
            }
            case NO_SHOW -> events.add(new SessionMissed(s.appointmentId(), s.kind(), s.coupleId(), persons, s.episodeId(),
                    therapists, start, end, end));
            case CANCELLED -> events.add(new SessionCancelled(s.appointmentId(), s.kind(), s.coupleId(), persons,
                    s.episodeId(), therapists, start, end, s.cancelledBy(), s.late(), "Unwell"));
            case SCHEDULED -> { }
        }
        return events;
    }
}
